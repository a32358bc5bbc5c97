"""Render the personal essays (bài thu hoạch) screens offscreen and save them as PNGs.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots_essays [OUTPUT_FOLDER]

It builds the demo database (200 members and the demo conference with 20 invited) in a
temporary folder, sets a requirement (deadline, rubric, double marking) and hands essays
in at the core: most on time, two late, one on paper, one photographed, one copied from
another, some graded (one pair of marks that disagree). It saves into /tmp/shots by
default, each screen from its own function called from :func:`main`:

* essay_register.png — the tab with the register and the figures per unit;
* essay_requirements.png — the requirement unfolded, with the rubric;
* essay_folder_import.png — a folder previewed, one file unmatched;
* essay_summary.png — the figures per unit, the register filtered to late essays;
* essay_reader.png, essay_reader_photo.png — an essay read in the program, and a photo;
* essay_unsaved.png — the tab of an event not saved yet.
* essay_grading_scale.png — grading on the plain scale (big radio buttons);
* essay_grading_rubric.png — the rubric's scores typed, the live total and grade;
* essay_reconcile.png — two markers who disagree side by side, the agreed result;
* essay_compare.png — a copied pair side by side, shared passages highlighted.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core import essays, events  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.essays import Criterion, EssayRules, GradeInput  # noqa: E402
from desktop.core.invitations import list_invited  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.essays.essay_tab import EssayTab  # noqa: E402
from desktop.ui.essays.grading_dialog import GradingDialog  # noqa: E402
from desktop.ui.essays.similarity_dialog import SimilarityDialog  # noqa: E402
from desktop.ui.events.plan_table import select_row  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402
from tests.core.essay_files import write_docx, write_pdf, write_txt  # noqa: E402
from tests.ui.screenshots import save, settle  # noqa: E402

RULES = EssayRules(deadline=datetime(2026, 12, 14, 17, 0),
                   rubric=[Criterion("Nhận thức nội dung Nghị quyết", 40), Criterion("Liên hệ bản thân, đơn vị", 30),
                           Criterion("Giải pháp, cam kết thực hiện", 20), Criterion("Hình thức, trình bày", 10)],
                   bands=[85, 70, 50], double_marking=True)

# Stock sentences, each in many essays: the copy check leaves such shared phrases out.
SENTENCES = [
    "Nghị quyết xác định phát triển kinh tế nhanh và bền vững gắn với bảo vệ môi trường là nhiệm vụ trọng tâm.",
    "Tôi nhận thức rõ hơn vai trò xung kích của tuổi trẻ trong chuyển đổi số ở nông thôn.",
    "Bản thân tôi cam kết tham gia ít nhất hai công trình thanh niên trong năm tới.",
    "Việc học tập Nghị quyết cần gắn với sinh hoạt chi đoàn hằng tháng để không hình thức.",
    "Đoàn viên phải gương mẫu về đạo đức, lối sống trên mạng xã hội.",
    "Phát triển văn hóa, con người là nền tảng tinh thần của xã hội, tuổi trẻ phải góp phần.",
    "Cần đổi mới cách sinh hoạt chi đoàn, lấy đoàn viên làm trung tâm.",
    "Tôi cam kết hoàn thành tốt nhiệm vụ được giao và giữ mối liên hệ với đoàn viên ở ấp.",
]
# What one writer saw in their own unit, which another copied word for word.
OWN_WORDS = [
    "Ở đơn vị tôi, nhiều thanh niên đi làm công nhân ở Bình Dương nên sinh hoạt chi đoàn chỉ còn một nửa quân số; "
    "chúng tôi lập nhóm Zalo để gửi tài liệu Nghị quyết và tổ chức sinh hoạt ghép vào dịp Tết khi các bạn về quê.",
    "Tôi đề xuất Huyện đoàn hỗ trợ mô hình nuôi tôm kết hợp trồng lúa cho ba tổ hợp tác thanh niên, vì đây là cách "
    "giữ chân thanh niên ở lại lập nghiệp tại địa phương thay vì lên thành phố tìm việc.",
]


def essay_paragraphs(name: str, unit: str, rng: random.Random) -> list[str]:
    """A short essay in the words of ``name``: an opening, five points, a closing."""
    return [f"BÀI THU HOẠCH — {name}, {unit}.",
            f"Qua học tập, quán triệt Nghị quyết, tôi là {name}, công tác tại {unit}, xin báo cáo thu hoạch như sau.",
            *rng.sample(SENTENCES, 5),
            f"Trên đây là bài thu hoạch của {name}."]


def own_essay(name: str, unit: str, rng: random.Random) -> list[str]:
    paragraphs = essay_paragraphs(name, unit, rng)
    return [*paragraphs[:-1], *OWN_WORDS, paragraphs[-1]]


@dataclass
class Scene:
    window: MainWindow
    worker: DatabaseWorker
    db: Database
    event_id: str
    tab: EssayTab
    scratch: Path
    folder: Path


# Who of the 20 invited (in name order) did what; the others have not handed in.
ON_TIME = [0, 1, 6, 7, 9, 12, 14, 16, 18]
PDF, PHOTO, PAPER_LATE, ORIGINAL, COPY_LATE = 3, 5, 8, 2, 11
# Independent marks (rubric scores of markers 1 and 2): three agree, one pair disagrees, one waits.
MARKS = {0: ([36, 27, 18, 9], [35, 26, 17, 9]), 1: ([30, 24, 14, 8], [31, 23, 15, 8]),
         7: ([28, 20, 12, 7], [36, 26, 17, 9]), 9: ([22, 15, 10, 6], [24, 16, 10, 6]), 12: ([33, 25, 15, 8], None)}


def hand_in(db: Database, event_id: str, scratch: Path) -> None:
    """The essays of the scene (see the module docstring)."""
    essays.save_rules(db, event_id, RULES)
    invited = list_invited(db, event_id)
    rng = random.Random(7)
    days = [date(2026, 12, 8), date(2026, 12, 9), date(2026, 12, 10), date(2026, 12, 11), date(2026, 12, 12),
            date(2026, 12, 14)]
    original = own_essay(invited[ORIGINAL].full_name, invited[ORIGINAL].unit_name, rng)
    ids = {}
    for number in [*ON_TIME, PDF, PHOTO, PAPER_LATE, ORIGINAL, COPY_LATE]:
        member = invited[number]
        path = scratch / f"BTH {member.full_name}.docx"
        paragraphs = essay_paragraphs(member.full_name, member.unit_name, rng)
        received = rng.choice(days)
        if number == PDF:
            path = write_pdf(path.with_suffix(".pdf"), paragraphs)
        elif number == PHOTO:
            path = path.with_suffix(".jpg")
            path.write_bytes(b"\xff\xd8\xff\xe0 a photographed essay")
        elif number == PAPER_LATE:
            path, received = None, date(2026, 12, 17)
        elif number == ORIGINAL:
            path = write_docx(path, original)
        elif number == COPY_LATE:
            name = invited[ORIGINAL].full_name
            path = write_docx(path, [p.replace(name, member.full_name) for p in original])
            received = date(2026, 12, 16)
        else:
            path = write_docx(path, paragraphs)
        ids[number] = essays.add_essay(db, event_id, member.member_id, path, received_on=received)
    for number, (first, second) in MARKS.items():
        essays.grade_essay(db, ids[number], GradeInput(scores=first, grader="Nguyễn Văn Tâm"), marker=1)
        if second is not None:
            essays.grade_essay(db, ids[number], GradeInput(scores=second, grader="Lê Thị Hoa"), marker=2)
    essays.run_similarity(db, event_id)


def branch_folder(db: Database, event_id: str, scratch: Path) -> Path:
    """What a branch sends: files named after their writers (one who had handed in already),
    one name nobody has, a list that is not an essay."""
    folder = scratch / "Bai thu hoach Doan xa"
    folder.mkdir()
    invited = list_invited(db, event_id)
    rng = random.Random(11)
    for member, name in ((invited[15], "BTH_{}.docx"), (invited[17], "{} - bai thu hoach.pdf"),
                         (invited[19], "{}.txt"), (invited[12], "BTH_{}.docx")):
        plain = member.full_name if name.endswith(".pdf") else member.full_name.replace(" ", "")
        paragraphs = essay_paragraphs(member.full_name, member.unit_name, rng)
        path = folder / name.format(plain)
        {".docx": write_docx, ".pdf": write_pdf, ".txt": write_txt}[path.suffix](path, paragraphs)
    write_docx(folder / "Bai cua Tuan - chi doan ap 3.docx", essay_paragraphs("Trần Văn Tuấn", "Chi đoàn ấp 3", rng))
    (folder / "Danh sach gui kem.xlsx").write_bytes(b"PK")
    return folder


def setup(folder: Path) -> Scene:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-essay-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 200)
    event_id = events.list_events(db)[0].id
    hand_in(db, event_id, scratch)
    worker = DatabaseWorker()
    window = MainWindow(db, worker, demo=True)
    window.resize(1366, 768)
    window.show()
    window.show_screen("events")
    settle(worker)
    page = window.screens["events"]
    page.open_event(event_id)
    settle(worker)
    editor = page.editor
    tab = getattr(editor, "essay_tab", None)
    if tab is None:  # not wired into the event page yet: shown as the page would show it
        tab = EssayTab(db, worker)
        editor.tabs.addTab(tab, "Bài thu hoạch")
        tab.set_event(event_id)
    editor.tabs.setCurrentWidget(tab)
    settle(worker)
    return Scene(window, worker, db, event_id, tab, scratch, folder)


def register(scene: Scene) -> None:
    tab = scene.tab
    tab.requirements.set_open(False)
    tab.select_member(next(r.member_id for r in tab.rows if r.open_flags))
    settle(scene.worker)
    save(scene.window, scene.folder, "essay_register")


def requirements(scene: Scene) -> None:
    scene.tab.requirements.set_open(True)
    settle(scene.worker)
    save(scene.window, scene.folder, "essay_requirements")
    scene.tab.requirements.set_open(False)


def folder_import(scene: Scene) -> None:
    tab = scene.tab
    tab.import_folder(branch_folder(scene.db, scene.event_id, scene.scratch))
    settle(scene.worker)
    dialog = tab.folder_dialog
    save(dialog, scene.folder, "essay_folder_import")
    dialog.result_tabs.setCurrentIndex(0)
    settle(scene.worker)
    save(dialog, scene.folder, "essay_folder_import_matched")
    dialog.reject()
    settle(scene.worker)


def summary(scene: Scene) -> None:
    tab = scene.tab
    tab.filter_combo.setCurrentText("Nộp muộn")
    tab.splitter.setSizes([200, 400])
    settle(scene.worker)
    save(scene.window, scene.folder, "essay_summary")
    tab.filter_combo.setCurrentIndex(0)


def reader(scene: Scene) -> None:
    """An essay read in the program, then a photographed one (no text: open the file)."""
    tab = scene.tab
    invited = list_invited(scene.db, scene.event_id)
    for number, name in ((ORIGINAL, "essay_reader"), (PHOTO, "essay_reader_photo")):
        tab.select_member(invited[number].member_id)
        tab.read_selected()
        settle(scene.worker)
        save(tab.reader, scene.folder, name)
        tab.reader.reject()
        settle(scene.worker)


def unsaved(scene: Scene) -> None:
    page = scene.window.screens["events"]
    page.new_event("study_conference")
    settle(scene.worker)
    tab = scene.tab
    if tab.event_id is not None:  # not wired into the event page: told by hand, as the page would
        tab.set_event(None)
    page.editor.tabs.setCurrentWidget(tab)
    settle(scene.worker)
    save(scene.window, scene.folder, "essay_unsaved")
    page.editor.discard_changes()
    settle(scene.worker)


# --- grading and the copy check (grading_dialog.py, similarity_dialog.py) -----------------------

# An essay and another member's that lifts three of its paragraphs, a few words changed:
# several passages to step through, not one block from top to bottom.
LIFTED_FROM = [
    "BÀI THU HOẠCH",
    "Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 – 2030",
    "Qua học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, bản thân tôi nhận thức sâu "
    "sắc hơn về những kết quả quan trọng mà Đảng bộ và nhân dân trong tỉnh đã đạt được trong nhiệm kỳ vừa qua, "
    "đồng thời thấy rõ những hạn chế, yếu kém cần khắc phục trong thời gian tới.",
    "Nghị quyết xác định mục tiêu tổng quát là xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; "
    "phát huy sức mạnh khối đại đoàn kết toàn dân tộc; huy động và sử dụng hiệu quả mọi nguồn lực để phát triển "
    "kinh tế – xã hội nhanh và bền vững, gắn với bảo đảm quốc phòng, an ninh.",
    "Đối với tuổi trẻ, Nghị quyết đặt ra yêu cầu phát huy vai trò xung kích, sáng tạo của đoàn viên thanh niên "
    "trong chuyển đổi số, khởi nghiệp, xây dựng nông thôn mới và giữ gìn an ninh trật tự ở địa bàn dân cư.",
    "Liên hệ bản thân, tôi thấy mình còn ngại tham gia các công trình, phần việc thanh niên ở khu dân cư, việc "
    "tự học để nâng cao trình độ tin học còn chưa thường xuyên.",
    "Tôi cam kết tham gia ít nhất hai công trình thanh niên mỗi năm, hướng dẫn người dân trong ấp cài đặt và "
    "sử dụng dịch vụ công trực tuyến, đồng thời vận động đoàn viên trong chi đoàn cùng thực hiện.",
]
LIFTED = [
    "BÀI THU HOẠCH",
    "Sau khi được học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, tôi hiểu rõ hơn phương hướng, "
    "nhiệm vụ phát triển của tỉnh nhà trong năm năm tới.",
    "Nghị quyết xác định mục tiêu tổng quát là xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; "
    "phát huy sức mạnh của khối đại đoàn kết toàn dân tộc; huy động và sử dụng có hiệu quả mọi nguồn lực để "
    "phát triển kinh tế – xã hội nhanh và bền vững, gắn với bảo đảm quốc phòng, an ninh.",
    "Đối với tuổi trẻ, Nghị quyết đặt ra yêu cầu phát huy vai trò xung kích, sáng tạo của đoàn viên thanh niên "
    "trong chuyển đổi số, khởi nghiệp, xây dựng nông thôn mới và giữ gìn an ninh trật tự ở khu dân cư.",
    "Là bí thư chi đoàn ấp, tôi sẽ cùng Ban Chấp hành chi đoàn xây dựng mô hình «Ngày thứ Bảy tình nguyện», "
    "dọn vệ sinh tuyến đường và thắp sáng đường quê.",
    "Tôi cam kết tham gia ít nhất hai công trình thanh niên mỗi năm, hướng dẫn bà con trong ấp cài đặt và "
    "sử dụng dịch vụ công trực tuyến, đồng thời vận động đoàn viên cùng thực hiện.",
]


def _ungraded_essay(scene: Scene) -> str:
    rows = essays.essay_register(scene.db, scene.event_id)
    return next(r.essay_id for r in rows if r.essay_id and r.word_count and not r.marks and not r.grade)


def _open_grading(scene: Scene, essay_id: str) -> GradingDialog:
    dialog = GradingDialog(scene.db, scene.worker, essay_id, scene.window, event_id=scene.event_id)
    dialog.show()
    settle(scene.worker)
    return dialog


def grading_scale(scene: Scene) -> None:
    """Grading on the plain scale (the requirement without a rubric for this one shot)."""
    essays.save_rules(scene.db, scene.event_id, EssayRules(deadline=RULES.deadline))
    dialog = _open_grading(scene, _ungraded_essay(scene))
    dialog.grade_buttons["Khá"].setChecked(True)
    dialog.grader_edit.setText("Đ/c Nguyễn Văn Tâm")
    dialog.comment_edit.setPlainText("Nắm được nội dung chính; phần liên hệ bản thân còn chung.")
    settle(scene.worker)
    save(dialog, scene.folder, "essay_grading_scale")
    dialog.reject()
    essays.save_rules(scene.db, scene.event_id, RULES)


def grading_rubric(scene: Scene) -> None:
    """The rubric with every score typed: the live total and the grade it earns."""
    essays.save_rules(scene.db, scene.event_id, EssayRules(deadline=RULES.deadline, rubric=RULES.rubric,
                                                           bands=RULES.bands))
    dialog = _open_grading(scene, _ungraded_essay(scene))
    for spin, score in zip(dialog.score_spins, (34, 24.5, 17, 8)):
        spin.setValue(score)
    dialog.grader_edit.setText("Đ/c Nguyễn Văn Tâm")
    dialog.grader_edit.setFocus()
    settle(scene.worker)
    save(dialog, scene.folder, "essay_grading_rubric")
    dialog.reject()
    essays.save_rules(scene.db, scene.event_id, RULES)


def reconcile(scene: Scene) -> None:
    """Two markers who disagree, side by side, and the agreed result being written."""
    rows = essays.essay_register(scene.db, scene.event_id)
    essay_id = next(r.essay_id for r in rows if len(r.marks) == 2 and r.marks[0] != r.marks[1] and not r.grade)
    dialog = _open_grading(scene, essay_id)
    dialog.grader_edit.setText("Nguyễn Văn Tâm, Lê Thị Hoa")
    settle(scene.worker)
    save(dialog, scene.folder, "essay_reconcile")
    dialog.reject()


def compare(scene: Scene) -> None:
    """A pair read side by side, the second of its shared passages the current one."""
    invited = list_invited(scene.db, scene.event_id)
    for member, paragraphs in ((invited[18], LIFTED_FROM), (invited[19], LIFTED)):
        path = write_docx(scene.scratch / f"BTH {member.full_name}.docx", paragraphs)
        essays.add_essay(scene.db, scene.event_id, member.member_id, path, received_on=date(2026, 12, 13))
    dialog = SimilarityDialog(scene.db, scene.worker, scene.event_id, scene.window)
    dialog.resize(1366, 768)
    dialog.show()
    settle(scene.worker)
    names = {invited[18].full_name, invited[19].full_name}
    select_row(dialog.table, next(i for i, f in enumerate(dialog.flags) if {f.name_a, f.name_b} == names))
    settle(scene.worker)
    dialog.next_passage()
    dialog.officer_edit.setText("Nguyễn Văn Tâm")
    settle(scene.worker)
    save(dialog, scene.folder, "essay_compare")
    dialog.reject()


SCREENS = [register, requirements, folder_import, summary, reader, unsaved, grading_scale, grading_rubric, reconcile,
           compare]


def main(folder: Path) -> None:
    scene = setup(folder)
    for screen in SCREENS:
        screen(scene)
    scene.window.close()
    scene.worker.shutdown()
    scene.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))

