"""A realistic demo database: a province, a district union with its grassroots unions
and branches, and as many members as asked, with plausible Vietnamese names and data.
The first fill also seats the district's and the grassroots unions' committees on their
unions' rosters and plans a two-day study conference next week that invites them,
taken from the documented example event file.

Deterministic (seeded) so screenshots, tests and benchmarks see the same data.
"""

# i18n: vi-module — sample Vietnamese names and units (data); the progress texts are marked.

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from desktop.core import units as unit_ops
from desktop.core.event_file import import_event_file
from desktop.core.members import MemberInput, count_members, insert_member_rows
from desktop.core.tasks import Progress, Reporter
from desktop.core.units import UnitLevel
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.resources import resource_path

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                "Hồ", "Ngô", "Dương", "Lý", "Thạch", "Sơn", "Kim", "Lâm", "Đoàn", "Trương", "Châu", "Tăng"]
MIDDLE_MALE = ["Văn", "Hữu", "Công", "Quốc", "Minh", "Đức", "Thành", "Hoàng", "Gia", "Trọng", "Tấn", "Chí"]
MIDDLE_FEMALE = ["Thị", "Ngọc", "Thùy", "Kim", "Bảo", "Phương", "Diễm", "Mỹ", "Thanh", "Huỳnh", "Hồng", "Tuyết"]
GIVEN_MALE = ["An", "Bình", "Cường", "Đạt", "Dũng", "Duy", "Đông", "Giang", "Hải", "Hiếu", "Hùng", "Khánh",
              "Long", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vĩnh", "Ửng", "Lộc"]
GIVEN_FEMALE = ["Anh", "Châu", "Hà", "Hạnh", "Hương", "Huyền", "Lan", "Linh", "Mai", "My", "Ngân", "Nhung",
                "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trâm", "Uyên", "Vy", "Yến", "Ý", "Ánh", "Đào"]
ETHNICITIES = ["Kinh"] * 7 + ["Khmer"] * 2 + ["Hoa"]
RELIGIONS = ["Không"] * 6 + ["Phật giáo"] * 3 + ["Công giáo"]

# (grassroots name, [branch names]) of the demo district, modelled on a real district union.
DEMO_TREE = [
    ("Đoàn xã Mỹ Long Bắc", ["Chi đoàn ấp Giồng Lớn", "Chi đoàn ấp Cây Da", "Chi đoàn ấp Bến Cát"]),
    ("Đoàn xã Hiệp Mỹ Đông", ["Chi đoàn ấp Đồng Cò", "Chi đoàn ấp Bông Ven"]),
    ("Đoàn thị trấn Cầu Ngang", ["Chi đoàn khóm Minh Thuận", "Chi đoàn khóm 1", "Chi đoàn khóm 2"]),
    ("Đoàn trường THPT Cầu Ngang A", ["Chi đoàn 12A1", "Chi đoàn 12A2", "Chi đoàn 11A1"]),
    ("Đoàn xã Thuận Hòa", ["Chi đoàn ấp Sóc Chuối", "Chi đoàn ấp Ô Răng"]),
    ("Đoàn xã Kim Hòa", ["Chi đoàn ấp Kim Câu", "Chi đoàn ấp Cẩm Hương", "Chi đoàn ấp Giồng Tranh"]),
    ("Đoàn xã Vinh Kim", ["Chi đoàn ấp Chà Và", "Chi đoàn ấp Bào Sen"]),
]


# The committees of the demo district, as (unit code, position): they sit on their own
# union's roster, not a branch's, and the demo conference invites them by rule. The last
# one, a full-time officer of the district office, is invited by hand: the example event
# file names this officer by card number (0849000020, the 20th of OFFICER_CARD).
OFFICERS: list[tuple[str, str]] = [
    ("TV-CN", "secretary"), ("TV-CN", "deputy_secretary"), ("TV-CN", "standing_member"),
    ("TV-CN", "exec_member"), ("TV-CN", "exec_member"),
    *[(f"TV-CN-{g:02d}", position) for g in range(1, len(DEMO_TREE) + 1)
      for position in ("secretary", "deputy_secretary")],
    ("TV-CN", "member"),
]
OFFICER_CARD = "0849{:06d}"  # far above the members' numbers, which count up from 0840000001
# Shipped with the program (resources/ goes into the wheel and the bundle), not only in docs/.
EXAMPLE_EVENT_FILE = resource_path("examples", "hoi-nghi-hoc-tap.json")
CONFERENCE_IN_DAYS = 7


def build_demo_units(db: Database) -> list[str]:
    """Create the demo tree (if missing), make the district union the home office; return branch ids."""
    tree = unit_ops.load_tree(db)
    if tree.by_code("TV") is None:
        province = unit_ops.create_unit(db, "TV", "Tỉnh đoàn Trà Vinh", UnitLevel.PROVINCE)
        district = unit_ops.create_unit(db, "TV-CN", "Huyện đoàn Cầu Ngang", UnitLevel.DISTRICT, province.id)
        for g, (grassroots_name, branches) in enumerate(DEMO_TREE, start=1):
            grassroots = unit_ops.create_unit(db, f"TV-CN-{g:02d}", grassroots_name, UnitLevel.GRASSROOTS, district.id)
            for b, branch_name in enumerate(branches, start=1):
                unit_ops.create_unit(db, f"TV-CN-{g:02d}-{b:02d}", branch_name, UnitLevel.BRANCH, grassroots.id)
        unit_ops.set_home_unit(db, district.id)
    tree = unit_ops.load_tree(db)
    return [u.id for u in sorted(tree.units, key=lambda u: u.code) if u.level == UnitLevel.BRANCH]


def demo_members(branch_ids: list[str], count: int, *, seed: int = 2025, first_card: int = 1,
                 today: date | None = None) -> list[MemberInput]:
    """``count`` plausible members spread over ``branch_ids``; card numbers keep a leading zero."""
    rng = random.Random(seed)
    today = today or date.today()
    members = []
    for i in range(count):
        female = rng.random() < 0.5
        middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        birth = today - timedelta(days=rng.randint(16 * 365, 34 * 365))
        admission = birth + timedelta(days=rng.randint(16 * 365, 20 * 365))
        admission = min(admission, today - timedelta(days=rng.randint(1, 300)))
        roll = rng.random()
        position = ("secretary" if roll < 0.02 else "deputy_secretary" if roll < 0.05
                    else "exec_member" if roll < 0.10 else "member")
        members.append(MemberInput(
            family_name=rng.choice(FAMILY_NAMES), middle_name=middle, given_name=given,
            date_of_birth=birth, gender="female" if female else "male",
            ethnicity=rng.choice(ETHNICITIES), religion=rng.choice(RELIGIONS),
            citizen_id=f"084{rng.randint(0, 999999999):09d}", phone=f"0{rng.choice('389')}{rng.randint(0, 99999999):08d}",
            admission_date=admission, card_number=f"084{first_card + i:07d}", position=position,
            branch_id=branch_ids[i % len(branch_ids)],
        ))
    return members


def demo_officers(db: Database, people: list[MemberInput], today: date) -> list[MemberInput]:
    """``people`` (one per entry of OFFICERS) made into the committees: placed on their
    union's roster with their position and card number, and old enough for the post."""
    tree = unit_ops.load_tree(db)
    rng = random.Random(2026)
    officers = []
    for i, (person, (code, position)) in enumerate(zip(people, OFFICERS), start=1):
        birth = today - timedelta(days=rng.randint(25 * 365, 33 * 365))
        officers.append(replace(person, branch_id=tree.by_code(code).id, position=position,
                                card_number=OFFICER_CARD.format(i), date_of_birth=birth,
                                admission_date=birth + timedelta(days=rng.randint(16 * 365, 18 * 365))))
    return officers


def fill_demo(db: Database, members: int = 400, *, progress: Progress | None = None,
              today: date | None = None) -> int:
    """Build the demo units and add ``members`` members (in batches, one transaction each).

    On the first fill of a database, if there are enough of them, the first members
    become the committees (OFFICERS) and the example conference is imported, moved to
    start a week from ``today``; the count of members stays ``members``.
    """
    report = Reporter(progress)
    today = today or date.today()
    branch_ids = build_demo_units(db)
    existing = count_members(db)
    inputs = demo_members(branch_ids, members, first_card=existing + 1, seed=2025 + existing, today=today)
    with_conference = existing == 0 and members >= len(OFFICERS)
    if with_conference:
        inputs[:len(OFFICERS)] = demo_officers(db, inputs[:len(OFFICERS)], today)
    batch = 5000
    for start in range(0, len(inputs), batch):
        report(start / max(1, len(inputs)), tr("Đang tạo đoàn viên mẫu {done}/{total}").format(
            done=start, total=len(inputs)))
        with db.session() as session:
            insert_member_rows(db, session, inputs[start:start + batch])
    if with_conference:
        report(1.0, tr("Đang tạo hội nghị mẫu"))
        import_event_file(db, EXAMPLE_EVENT_FILE, first_day=today + timedelta(days=CONFERENCE_IN_DAYS))
    report(1.0, tr("Xong"))
    return len(inputs)
