"""The ``doandesk`` command: the GUI by default, and the same use cases as subcommands.

Every subcommand calls the core functions the screens call. Messages are Vietnamese;
``--json`` gives machine-readable output. Exit codes: 0 done, 1 the input had errors
and nothing was changed, 2 the command could not run (bad file, bad arguments, set-up).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop import __version__
from desktop.core.errors import DoanDeskError

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_FAILED = 0, 1, 2
DEMO_DB_NAME = "demo.sqlite3"
DEMO_MEMBERS = 400


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _open_db(args):
    from desktop.core.backups import backup_folder_for_path
    from desktop.db.engine import Database, default_db_path
    from desktop.db.safe_migrate import upgrade_with_backup

    path = Path(args.db) if args.db else default_db_path()
    upgrade_with_backup(path, backup_folder_for_path(path))  # an older database: backed up before it changes
    return Database(path)


def demo_db_path() -> Path:
    from desktop.db.engine import data_dir

    return data_dir() / DEMO_DB_NAME


def ensure_demo_database(path: Path, members: int = DEMO_MEMBERS):
    """The demo database at ``path``, filled on first use."""
    from desktop.core.demo import fill_demo
    from desktop.core.members import count_members
    from desktop.db.engine import Database

    db = Database(path)
    if count_members(db) == 0:
        fill_demo(db, members)
    return db


def cmd_gui(args) -> int:
    from desktop.ui.app import run_gui

    if args.language:
        from desktop.i18n import LANGUAGE_ENVIRONMENT

        os.environ[LANGUAGE_ENVIRONMENT] = args.language  # this run only; the setting stays as saved

    if args.demo:
        path = Path(args.db) if args.db else demo_db_path()
        ensure_demo_database(path).dispose()
        return run_gui(path, demo=True)
    from desktop.db.engine import default_db_path

    return run_gui(Path(args.db) if args.db else default_db_path())


def cmd_self_test(args) -> int:
    from desktop.selftest import run_self_test

    return run_self_test(Path(args.folder) if args.folder else None)


def cmd_demo(args) -> int:
    from desktop.core.demo import fill_demo
    from desktop.core.events import list_events

    db = _open_db(args)
    before = {e.id for e in list_events(db)}
    added = fill_demo(db, args.members)
    print(f"Đã tạo {added} đoàn viên mẫu trong {db.path}")
    for event in list_events(db):
        if event.id not in before:
            print(f"Đã tạo hội nghị mẫu «{event.title}» ({event.dates_label}), {event.invited_count} người được "
                  "mời; xem: doandesk event list")
    return EXIT_OK


def _print_problems(problems) -> None:
    for problem in problems:
        label = "LỖI" if problem.severity == "error" else "Cảnh báo"
        print(f"  [{label}] {problem}")


def cmd_units_import(args) -> int:
    from desktop.core.units import import_units

    db = _open_db(args)
    report = import_units(db, args.file, dry_run=args.dry_run, home_code=args.home)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(f"Tệp {report.file}: {len(report.created)} đơn vị mới, {len(report.updated)} cập nhật, "
              f"{len(report.unchanged)} không đổi.")
        _print_problems(report.problems)
        if report.applied:
            print("Đã lưu." + (f" Đơn vị của máy này: {args.home}." if args.home else ""))
        elif report.errors:
            print("Có lỗi: chưa lưu gì.")
        else:
            print("Chạy thử: chưa lưu gì.")
    return EXIT_INPUT_ERRORS if report.errors else EXIT_OK


def cmd_units_list(args) -> int:
    from desktop.core.units import load_tree

    tree = load_tree(_open_db(args))
    rows = []

    def walk(unit, depth):
        rows.append((depth, unit))
        for child in tree.children.get(unit.id, []):
            walk(child, depth + 1)

    for root in tree.roots():
        walk(root, 0)
    if args.json:
        _print_json([{"code": u.code, "name": u.name, "level": u.level, "depth": d,
                      "home": u.id == tree.home_id} for d, u in rows])
    else:
        for depth, unit in rows:
            mark = "  ← đơn vị của máy này" if unit.id == tree.home_id else ""
            print(f"{'  ' * depth}{unit.code}  {unit.name} ({unit.level_label}){mark}")
    return EXIT_OK


def _unit_id(db, code: str | None) -> str | None:
    from desktop.core.errors import NotFoundError
    from desktop.core.units import load_tree

    if not code:
        return None
    unit = load_tree(db).by_code(code)
    if unit is None:
        raise NotFoundError(f"Không có đơn vị mã «{code}».")
    return unit.id


def cmd_roster_import(args) -> int:
    from desktop.core.roster_import import apply_roster_import, preview_roster_import

    db = _open_db(args)
    plan = preview_roster_import(db, args.file, target_unit_id=_unit_id(db, args.unit))
    applied = None
    if not args.dry_run and (not plan.errors or args.skip_invalid):
        applied = apply_roster_import(db, plan, skip_invalid=args.skip_invalid)
    result = plan.as_dict()
    result["applied"] = applied is not None
    if applied is not None:
        result.update(created=applied.created, updated=applied.updated, unchanged=applied.unchanged)
    if args.json:
        _print_json(result)
    else:
        if plan.legacy_encoding:
            print(f"Lưu ý: văn bản trong tệp được chuyển từ mã {plan.legacy_encoding.upper()} sang Unicode.")
        print(f"Tệp {plan.file}: {result['created']} mới, {result['updated']} cập nhật, "
              f"{result['unchanged']} không đổi, {len(plan.errors)} lỗi, {len(plan.warnings)} cảnh báo.")
        _print_problems(plan.problems)
        if applied is not None:
            print("Đã lưu vào cơ sở dữ liệu.")
        elif plan.errors and not args.dry_run:
            print("Có lỗi: chưa lưu gì. Sửa tệp hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.")
        else:
            print("Chạy thử (--dry-run): chưa lưu gì.")
    if plan.errors and not args.skip_invalid:
        return EXIT_INPUT_ERRORS
    return EXIT_OK


def cmd_roster_export(args) -> int:
    from desktop.core.members import MemberQuery
    from desktop.core.roster_export import export_roster

    db = _open_db(args)
    count = export_roster(db, args.file, MemberQuery(unit_id=_unit_id(db, args.unit)), split_name=args.split_name)
    print(f"Đã xuất {count} đoàn viên ra {args.file}")
    return EXIT_OK


def cmd_roster_list(args) -> int:
    from desktop.core.members import MemberQuery, list_members

    db = _open_db(args)
    records = list_members(db, MemberQuery(unit_id=_unit_id(db, args.unit), search=args.search or ""))
    if args.json:
        _print_json([r.as_json() for r in records])
        return EXIT_OK
    for i, r in enumerate(records, start=1):
        print(f"{i:>5}. {r.full_name:<28} {r.date_of_birth_text:<10} {r.gender_label:<3} "
              f"{r.card_number or '':<12} {r.phone:<11} {r.branch_name}")
    print(f"Tổng: {len(records)} đoàn viên")
    return EXIT_OK


def cmd_event_import(args) -> int:
    from desktop.core.errors import ValidationErrors
    from desktop.core.event_file import import_event_file

    db = _open_db(args)
    try:
        result = import_event_file(db, args.file)
    except ValidationErrors as exc:
        if args.json:
            _print_json({"applied": False, "errors": [{"field": e.field, "message": str(e)} for e in exc.errors]})
        else:
            print(f"Tệp {Path(args.file).name}: {len(exc.errors)} lỗi.")
            for error in exc.errors:
                print(f"  [LỖI] {error}")
            print("Có lỗi: chưa lưu gì.")
        return EXIT_INPUT_ERRORS
    if args.json:
        _print_json({"applied": True, **result.as_dict()})
    else:
        print(f"{'Đã tạo' if result.created else 'Đã cập nhật'} hội nghị «{result.title}» (mã {result.event_id[:8]}): "
              f"{result.session_count} buổi, {result.topic_count} chuyên đề, {result.bridge_point_count} điểm cầu, "
              f"{result.rule_count} thành phần, {result.invited_count} người được mời.")
    return EXIT_OK


def cmd_event_export(args) -> int:
    from desktop.core.event_file import export_event_file

    result = export_event_file(_open_db(args), args.id, args.file)
    print(f"Đã xuất hội nghị «{result.title}» ra {args.file}: {result.session_count} buổi, "
          f"{result.bridge_point_count} điểm cầu, {result.rule_count} thành phần, "
          f"{result.invited_written} người mời thêm.")
    for name in result.without_card:
        print(f"  [Cảnh báo] {name} được mời thêm nhưng chưa có số thẻ đoàn viên: không ghi vào tệp.")
    return EXIT_OK


def cmd_event_list(args) -> int:
    from desktop.core.events import list_events

    summaries = list_events(_open_db(args))
    if args.json:
        _print_json([{"id": e.id, "short_id": e.short_id, "title": e.title, "kind": e.kind,
                      "kind_label": e.kind_label, "organiser": e.organiser_name, "directive_code": e.directive_code,
                      "first_day": e.first_day, "last_day": e.last_day, "dates": e.dates_label,
                      "sessions": e.session_count, "bridge_points": e.bridge_point_count,
                      "invited": e.invited_count} for e in summaries])
        return EXIT_OK
    for e in summaries:
        print(f"{e.short_id}  {e.dates_label or 'chưa có ngày':<23}  {e.title}")
        print(f"{'':10}{e.kind_label} · {e.organiser_name} · {e.session_count} buổi · "
              f"{e.bridge_point_count} điểm cầu · {e.invited_count} người được mời")
    print(f"Tổng: {len(summaries)} hội nghị")
    return EXIT_OK


def cmd_event_print(args) -> int:
    from desktop.core import event_reports
    from desktop.core.events import find_event, load_event_plan

    db = _open_db(args)
    event_id = find_event(db, args.id)
    if args.what == "materials":
        count = event_reports.write_material_qr_sheet(db, event_id, args.file)
        print(f"Đã in {count} mã QR tài liệu ra {args.file}.")
        return EXIT_OK
    if args.what in ("attendance", "results", "essays"):
        from desktop.core import record_lists

        writer = {"attendance": record_lists.write_attendance_list, "results": record_lists.write_test_results,
                  "essays": record_lists.write_essay_register}[args.what]
        count = writer(db, event_id, args.file)
        print(f"Đã in danh sách {count} dòng ra {args.file}.")
        return EXIT_OK
    plan = load_event_plan(db, event_id)
    session_id = None
    if args.session:
        sessions = plan.sorted_sessions()
        if not 1 <= args.session <= len(sessions):
            print(f"Hội nghị có {len(sessions)} buổi; --session phải từ 1 đến {len(sessions)}.", file=sys.stderr)
            return EXIT_INPUT_ERRORS
        session_id = sessions[args.session - 1].id
    count = event_reports.write_participant_list(db, event_id, args.file, session_id=session_id)
    print(f"Đã in danh sách {count} người được mời ra {args.file}.")
    return EXIT_OK


def cmd_event_deadlines(args) -> int:
    from datetime import datetime

    from desktop.core.deadlines import list_deadlines
    from desktop.core.events import find_event

    db = _open_db(args)
    event_id = find_event(db, args.event) if args.event else None
    listed = list_deadlines(db, event_id=event_id, include_done=not args.open)
    now = datetime.now()  # deadlines are typed in the office's local time
    if args.json:
        _print_json([{"source": d.source, "record_id": d.record_id, "event_id": d.event_id,
                      "event_title": d.event_title, "kind": d.kind, "title": d.title, "due_at": d.due_at,
                      "unit": d.unit_name, "done": d.done, "state": d.state(now), "state_label": d.state_label(now)}
                     for d in listed])
        return EXIT_OK
    for d in listed:
        state = d.state_label(now)
        print(f"{d.due_label}  {state.upper() if d.state(now) == 'late' else state:<16}  {d.title} "
              f"({d.unit_name}) — {d.event_title}")
    late = sum(d.state(now) == "late" for d in listed)
    print(f"Tổng: {len(listed)} việc" + (f", {late} quá hạn" if late else ""))
    return EXIT_OK


def _session_and_point(db, args) -> tuple[str, str, str]:
    from desktop.core.attendance import resolve_session_and_point
    from desktop.core.events import find_event

    event_id = find_event(db, args.event)
    session_id, point_id = resolve_session_and_point(db, event_id, args.session, args.point)
    return event_id, session_id, point_id


def cmd_cards(args) -> int:
    from desktop.core.cards import print_event_cards
    from desktop.core.events import find_event

    db = _open_db(args)
    count = print_event_cards(db, find_event(db, args.event), args.output, reissue=args.reissue)
    print(f"Đã in {count} thẻ điểm danh ra {args.output}" + (" (mã mới, mã cũ đã bị thu hồi)." if args.reissue else "."))
    return EXIT_OK


def cmd_checkin(args) -> int:
    from desktop.core.attendance import CHECKED_IN, CheckInStation

    db = _open_db(args)
    event_id, session_id, point_id = _session_and_point(db, args)
    codes = list(args.codes) if args.codes else []
    from_stdin = not codes
    station = CheckInStation(db, event_id, session_id, point_id)
    results = []
    try:
        lines = (line.strip() for line in sys.stdin) if from_stdin else iter(codes)
        for line in lines:
            if not line:
                continue
            result = station.scan(line, source="command")
            if result.outcome != CHECKED_IN and args.admit and result.member_id and result.outcome == "not_invited":
                result = station.check_in(result.member_id, source="command", code=result.code, admit=True)
            results.append(result)
            if args.json:
                continue
            print(f"[{result.colour.upper():5}] {result.message}", flush=True)
    finally:
        station.close_connection()
    if args.json:
        _print_json([{"code": r.code, "outcome": r.outcome, "colour": r.colour, "member_id": r.member_id,
                      "full_name": r.full_name, "unit": r.unit_name, "at": r.at.isoformat(timespec="seconds")
                      if r.at else None, "late_minutes": r.late_minutes, "message": r.headline} for r in results])
    else:
        recorded = sum(r.outcome == CHECKED_IN for r in results)
        print(f"Tổng: {len(results)} lượt quét, {recorded} người được ghi có mặt.")
    return EXIT_OK


def cmd_attendance_summary(args) -> int:
    from desktop.core.attendance_summary import attendance_summary, write_summary_xlsx
    from desktop.core.events import find_event

    db = _open_db(args)
    summary = attendance_summary(db, find_event(db, args.event))
    if args.xlsx:
        write_summary_xlsx(db, summary, args.xlsx)
    if args.json:
        _print_json(summary.as_dict())
        return EXIT_OK
    print(summary.title)
    for session in summary.sessions:
        f = session.figures
        print(f"\n{session.label}{'' if session.closed else ' (chưa kết thúc)'}: mời {f.invited}, có mặt {f.present} "
              f"({f.rate:.1f}%), muộn {f.late}, vắng có phép {f.excused}, vắng {f.absent}, ngoài danh sách {f.walk_ins}")
        for point in session.points:
            p = point.figures
            print(f"  {point.point_name:<40} mời {p.invited:>4}  có mặt {p.present:>4}  muộn {p.late:>3}  "
                  f"phép {p.excused:>3}  vắng {p.absent:>4}  {p.rate:5.1f}%")
    print("\nTheo đơn vị (cả hội nghị, mỗi người tính một lần):")
    for unit in [*summary.units, summary.total]:
        print(f"  {unit.unit_name:<40} mời {unit.invited:>4}  có mặt {unit.attended:>4}  muộn {unit.late:>3}  "
              f"phép {unit.excused:>3}  vắng {unit.absent:>4}  {unit.rate:5.1f}%")
    if args.xlsx:
        print(f"\nĐã xuất bảng tổng hợp ra {args.xlsx}.")
    return EXIT_OK


def cmd_attendance_import(args) -> int:
    from desktop.core.attendance_import import apply_attendance_import, preview_attendance_file

    db = _open_db(args)
    event_id, session_id, point_id = _session_and_point(db, args)
    preview = preview_attendance_file(db, event_id, session_id, point_id, args.file)
    result = None
    if not args.dry_run:
        result = apply_attendance_import(db, event_id, preview, admit_not_invited=not args.only_invited)
    if args.json:
        _print_json({**preview.as_dict(), "applied": result is not None,
                     **({"result": result.as_dict()} if result else {})})
        return EXIT_OK
    print(f"Tệp {preview.file}, trang «{preview.sheet}»: {len(preview.matched)} người khớp "
          f"({preview.count('new')} mới, {preview.count('already')} đã ghi trước, "
          f"{preview.count('not_invited')} không có trong danh sách điểm cầu), {len(preview.unmatched)} dòng không khớp"
          + (f", {preview.skipped_absent} dòng không đánh dấu có mặt" if preview.skipped_absent else "") + ".")
    for problem in preview.problems:
        print(f"  [{'LỖI' if problem.severity == 'error' else 'Cảnh báo'}] {problem}")
    if result is None:
        print("Chỉ xem trước: chưa ghi gì.")
    else:
        print(f"Đã ghi {result.recorded} người có mặt ({result.already} đã có từ trước).")
    return EXIT_OK


def cmd_signin_sheet(args) -> int:
    from desktop.core.event_reports import write_signin_sheet

    db = _open_db(args)
    event_id, session_id, point_id = _session_and_point(db, args)
    count = write_signin_sheet(db, event_id, session_id, point_id, args.output)
    print(f"Đã in danh sách ký tên ({count} người) ra {args.output}.")
    return EXIT_OK


def _problem_lines(problems) -> None:
    for problem in problems:
        print(f"  [{'LỖI' if problem.severity == 'error' else 'Cảnh báo'}] {problem}")


def cmd_quiz_import_bank(args) -> int:
    from desktop.core.errors import ValidationError
    from desktop.core.question_bank import apply_bank_import, preview_bank_import

    db = _open_db(args)
    preview = preview_bank_import(db, args.file, args.bank)
    bank_id, error = None, None
    if not args.dry_run:
        try:
            bank_id = apply_bank_import(db, preview, skip_invalid=args.skip_invalid)
        except ValidationError as exc:
            error = str(exc)
    if args.json:
        _print_json({**preview.as_dict(), "applied": bank_id is not None, "bank_id": bank_id or preview.bank_id})
        return EXIT_INPUT_ERRORS if error else EXIT_OK
    parsed = preview.parsed
    print(f"Tệp {parsed.file} ({parsed.format}): {len(parsed.questions)} câu hợp lệ, {len(parsed.errors)} câu lỗi; "
          f"vào ngân hàng «{preview.bank_name}»: {len(preview.new)} câu mới, {preview.unchanged} câu đã có.")
    for topic, count in sorted(parsed.topics.items()):
        print(f"  Chủ đề «{topic or 'không tên'}»: {count} câu")
    _problem_lines(parsed.problems)
    if error:
        print(error)
        return EXIT_INPUT_ERRORS
    print("Chỉ xem trước: chưa lưu gì." if args.dry_run else f"Đã lưu (mã ngân hàng {bank_id[:8]}).")
    return EXIT_OK


def cmd_quiz_export_bank(args) -> int:
    from desktop.core.question_bank import export_bank_xlsx, find_bank

    db = _open_db(args)
    count = export_bank_xlsx(db, find_bank(db, args.bank), args.output)
    print(f"Đã xuất {count} câu hỏi ra {args.output}.")
    return EXIT_OK


def cmd_quiz_setup(args) -> int:
    from desktop.core.events import find_event
    from desktop.core.question_bank import find_bank
    from desktop.core.quizzes import load_quiz, new_quiz_settings, save_quiz

    db = _open_db(args)
    event_id = find_event(db, args.event)
    settings = load_quiz(db, event_id) or new_quiz_settings(db)
    if args.bank:
        settings.bank_id = find_bank(db, args.bank)
    for name in ("questions", "minutes", "pass_percent", "attempts"):
        value = getattr(args, name)
        if value is not None:
            setattr(settings, {"questions": "question_count", "minutes": "duration_minutes",
                               "attempts": "max_attempts"}.get(name, name), value)
    for quota in args.quota or []:
        topic, _, count = quota.rpartition("=")
        if not topic or not count.isdigit():
            print(f"--quota cần dạng «Chủ đề=số câu», không phải «{quota}».", file=sys.stderr)
            return EXIT_INPUT_ERRORS
        settings.topic_quotas[topic.strip()] = int(count)
    save_quiz(db, event_id, settings)
    print(f"Bài kiểm tra: {settings.question_count} câu, {settings.duration_minutes} phút, đạt từ "
          f"{settings.pass_percent}%, " + (f"tối đa {settings.max_attempts} lần." if settings.max_attempts
                                          else "thi lại đến khi đạt."))
    return EXIT_OK


def cmd_quiz_import_results(args) -> int:
    from desktop.core.events import find_event
    from desktop.core.quiz_results_import import apply_results, preview_results_file

    db = _open_db(args)
    event_id = find_event(db, args.event)
    preview = preview_results_file(db, event_id, args.file)
    added = None if args.dry_run else apply_results(db, preview)
    if args.json:
        _print_json({**preview.as_dict(), "applied": added is not None, "added": added or 0})
        return EXIT_OK
    data = preview.as_dict()
    print(f"Tệp {preview.file}, trang «{preview.sheet}»: {data['attempts']} lượt thi của {data['matched']} người khớp "
          f"danh sách ({preview.already} lượt đã có), {len(preview.suggested)} người cần xác nhận, "
          f"{len(preview.unmatched)} người không khớp.")
    for row, suggestion in preview.suggested:
        print(f"  [Cần xác nhận] dòng {row.row}: «{row.name}» có thể là {suggestion.full_name} "
              f"({suggestion.unit_name}, {suggestion.similarity:.0%}) — xác nhận trên màn hình Kiểm tra.")
    for row in preview.unmatched:
        print(f"  [Không khớp] dòng {row.row}: «{row.name}» — liên kết bằng tay trên màn hình Kiểm tra.")
    _problem_lines(preview.problems)
    print("Chỉ xem trước: chưa lưu gì." if added is None else f"Đã ghi {added} lượt thi mới.")
    return EXIT_OK


def cmd_quiz_summary(args) -> int:
    from desktop.core.events import find_event
    from desktop.core.quiz_summary import quiz_summary, write_quiz_summary_xlsx

    db = _open_db(args)
    summary = quiz_summary(db, find_event(db, args.event))
    if args.xlsx:
        write_quiz_summary_xlsx(db, summary, args.xlsx)
    if args.json:
        _print_json(summary.as_dict())
        return EXIT_OK
    print(summary.title)
    for unit in [*summary.units, summary.total]:
        print(f"  {unit.unit_name:<38} phải KT {unit.to_test:>5}  đã KT {unit.tested:>5} ({unit.tested_rate:5.1f}%)  "
              f"đạt {unit.passed:>5} ({unit.pass_rate:5.1f}%)  lượt {unit.attempts:>5}")
    print(f"Chưa đạt hoặc chưa kiểm tra: {len(summary.not_passed)} người"
          + (f"; đã xuất ra {args.xlsx}." if args.xlsx else " (xuất danh sách: --xlsx TỆP)."))
    return EXIT_OK


def cmd_cert_issue(args) -> int:
    from desktop.core.certificates import write_certificates
    from desktop.core.events import find_event

    db = _open_db(args)
    paths = write_certificates(db, find_event(db, args.event), args.output, [args.member] if args.member else None)
    print(f"Đã in {len(paths)} giấy chứng nhận vào thư mục {args.output}.")
    return EXIT_OK


def cmd_cert_verify(args) -> int:
    from desktop.core.certificates import verify

    result = verify(_open_db(args), args.what)
    if args.json:
        _print_json({"valid": result.valid, "message": result.message,
                     "certificate": result.facts.__dict__ if result.facts else None})
    else:
        print(("HỢP LỆ — " if result.valid else "KHÔNG HỢP LỆ — ") + result.message)
    return EXIT_OK if result.valid else EXIT_INPUT_ERRORS


def _member_reference(db, reference: str) -> str:
    """A member named on the command line by id, the first characters of it, or card number."""
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM members WHERE deleted_at IS NULL AND (id LIKE ? || '%' OR card_number = ?)",
            (reference.lower(), reference))]
    if len(ids) != 1:
        from desktop.core.errors import NotFoundError

        raise NotFoundError(f"Không xác định được đoàn viên «{reference}» (cần mã đoàn viên hoặc số thẻ; "
                            f"{len(ids)} người khớp).")
    return ids[0]


def cmd_essay_add(args) -> int:
    from datetime import date

    from desktop.core.essays import add_essay
    from desktop.core.events import find_event

    if not args.file and not args.paper:
        print("Cần TỆP bài thu hoạch, hoặc --paper cho bài nộp bản giấy.", file=sys.stderr)
        return EXIT_INPUT_ERRORS
    db = _open_db(args)
    received = date.fromisoformat(args.received) if args.received else None
    add_essay(db, find_event(db, args.event), _member_reference(db, args.member), args.file if not args.paper else None,
              received_on=received)
    print("Đã ghi bài thu hoạch" + (" (bản giấy)." if args.paper else f" từ tệp {args.file}."))
    return EXIT_OK


def cmd_essay_import_folder(args) -> int:
    from desktop.core.essays import apply_folder, preview_folder
    from desktop.core.events import find_event

    db = _open_db(args)
    event_id = find_event(db, args.event)
    preview = preview_folder(db, event_id, args.folder)
    added = None if args.dry_run else apply_folder(db, event_id, preview)
    if args.json:
        _print_json({**preview.as_dict(), "applied": added is not None, "added": added or 0})
        return EXIT_OK
    print(f"Thư mục {args.folder}: {len(preview.matched)} tệp khớp đoàn viên, {len(preview.unmatched)} tệp chưa khớp, "
          f"{len(preview.skipped)} tệp bỏ qua.")
    for match in preview.matched:
        print(f"  {match.path.name}  →  {match.full_name}")
    for match in preview.unmatched:
        extra = f" ({'; '.join(match.candidates)})" if match.candidates else ""
        print(f"  [Chưa khớp] {match.path.name}: {match.reason}{extra}")
    for match in preview.skipped:
        print(f"  [Bỏ qua] {match.path.name}: {match.reason}")
    print("Chỉ xem trước: chưa lưu gì." if added is None else f"Đã ghi {added} bài thu hoạch.")
    return EXIT_OK


def cmd_essay_similarity(args) -> int:
    from desktop.core.essays import run_similarity
    from desktop.core.events import find_event

    db = _open_db(args)
    flags = run_similarity(db, find_event(db, args.event), args.threshold)
    if args.json:
        _print_json([{"flag_id": f.flag_id, "score": f.score, "status": f.status, "essay_a": f.essay_a,
                      "member_a": f.name_a, "unit_a": f.unit_a, "essay_b": f.essay_b, "member_b": f.name_b,
                      "unit_b": f.unit_b} for f in flags])
        return EXIT_OK
    for f in flags:
        print(f"{f.score:6.1%}  {f.status_label:<15} {f.name_a} ({f.unit_a})  ↔  {f.name_b} ({f.unit_b})")
    print(f"Tổng: {len(flags)} cặp bài giống nhau từ {args.threshold:.0%} trở lên.")
    return EXIT_OK


def cmd_essay_summary(args) -> int:
    from desktop.core.essays import essay_summary, write_essay_summary_xlsx
    from desktop.core.events import find_event

    db = _open_db(args)
    event_id = find_event(db, args.event)
    summary = essay_summary(db, event_id)
    if args.xlsx:
        write_essay_summary_xlsx(db, event_id, args.xlsx)
    if args.json:
        _print_json(summary.as_dict())
        return EXIT_OK
    for unit in [*summary.units, summary.total]:
        grades = ", ".join(f"{g} {n}" for g, n in unit.grades.items())
        print(f"  {unit.unit_name:<36} phải nộp {unit.required:>4}  đã nộp {unit.received:>4}  muộn {unit.late:>3}  "
              f"chưa nộp {unit.missing:>4}  đã chấm {unit.graded:>4}  ({grades})  gửi tỉnh {unit.forwarded}")
    print(f"Chưa nộp: {len(summary.missing)} người; bài sao chép đã xác nhận: {summary.confirmed_copies}.")
    return EXIT_OK


def cmd_report(args) -> int:
    from datetime import date

    from desktop.core.event_report import build_report, issue_number, write_report_pdf, write_report_xlsx
    from desktop.core.events import find_event

    db = _open_db(args)
    event_id = find_event(db, args.event)
    on = date.fromisoformat(args.date) if args.date else None
    number = None
    if args.issue:
        number, on = issue_number(db, event_id, on)
    report = build_report(db, event_id, on=on, number=number)
    if args.format == "pdf":
        write_report_pdf(report, args.output)
    else:
        write_report_xlsx(db, report, args.output)
    print(f"Đã ghi báo cáo ra {args.output}" + (f" (số {number}-{report.style.doc_code('BC')})." if number else "."))
    return EXIT_OK


def cmd_bundle_export(args) -> int:
    from desktop.core.bundles import export_bundle
    from desktop.core.events import find_event

    db = _open_db(args)
    passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").strip() if args.passphrase_file else None
    recipient = None
    if args.encrypt_to:
        from desktop.core.keyfile import trust_key_file

        recipient = trust_key_file(db, args.encrypt_to)
    events = [find_event(db, args.event)] if args.event else []
    result = export_bundle(db, args.output, event_ids=events, since_last=args.since_last, minimal=args.minimal,
                           passphrase=passphrase, recipient_fingerprint=recipient)
    total = sum(result.rows.values())
    print(f"Đã ghi gói {result.path} ({total} bản ghi, {result.files} tệp bài thu hoạch"
          + (", đã mã hóa" if result.encrypted else "") + ("; chỉ các thay đổi" if result.since_seq else "") + ").")
    return EXIT_OK


def cmd_bundle_verify(args) -> int:
    from desktop.core.bundles import open_package
    from desktop.core.signing import format_fingerprint, known_keys

    db = _open_db(args)
    passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").strip() if args.passphrase_file else None
    bundle = open_package(db, Path(args.file).read_bytes(), passphrase=passphrase)
    manifest = bundle.manifest
    sender = manifest["sender"]
    key = next((k for k in known_keys(db) if k.fingerprint == sender["fingerprint"]), None)
    trusted = bool(key and key.trusted)
    rows = {name: entry.get("rows", 0) for name, entry in manifest.get("files", {}).items() if "rows" in entry}
    if args.json:
        _print_json({"valid": True, "bundle_id": manifest["bundle_id"], "kind": manifest.get("kind"),
                     "sender": sender.get("unit_name"), "unit_code": sender.get("unit_code"),
                     "fingerprint": sender["fingerprint"], "trusted": trusted, "encrypted": bundle.encrypted,
                     "created_at": manifest["created_at"], "scope": manifest.get("scope"), "rows": rows})
        return EXIT_OK
    print(f"Gói hợp lệ: chữ ký đúng, mọi tệp khớp mã SHA-256. Gửi từ {sender.get('unit_name')} "
          f"({sender.get('unit_code')}), lúc {manifest['created_at']}.")
    print(f"Dấu vân tay khóa: {format_fingerprint(sender['fingerprint'])} — "
          + ("đã tin cậy." if trusted else "CHƯA tin cậy: hãy gọi điện cho đơn vị gửi để so dấu vân tay."))
    for name, count in sorted(rows.items()):
        print(f"  {name}: {count} bản ghi")
    return EXIT_OK


def cmd_bundle_import(args) -> int:
    from desktop.core.bundles import OUTCOMES, import_package

    db = _open_db(args)
    passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").strip() if args.passphrase_file else None
    reports = []
    for file in args.files:
        path = Path(file)
        paths = sorted(p for p in path.iterdir() if p.suffix == ".ddb") if path.is_dir() else [path]
        for package in paths:
            try:
                report = import_package(db, package.read_bytes(), passphrase=passphrase, dry_run=args.dry_run,
                                        file_name=package.name)
            except DoanDeskError as exc:
                reports.append({"file": package.name, "refused": str(exc), **{k: 0 for k in OUTCOMES}})
                continue
            reports.append({"file": package.name, **report.as_dict()})
    if args.json:
        _print_json(reports if len(reports) != 1 else reports[0])
    else:
        for r in reports:
            if "refused" in r:
                print(f"{r['file']}: TỪ CHỐI — {r['refused']}")
            elif r["quarantined"]:
                print(f"{r['file']}: từ {r['sender']}, khóa chưa tin cậy — đã để riêng, chưa nhập gì. "
                      f"Tin cậy khóa: doandesk keys trust TỆP_KHÓA (hoặc trên màn hình Gửi / Nhận).")
            else:
                counts = ", ".join(f"{k} {r[k]}" for k in OUTCOMES)
                print(f"{r['file']}: từ {r['sender']}: {counts}" + ("" if r["applied"] else " (xem trước)"))
                for reason in r["rejected_reasons"][:20]:
                    print(f"  [Từ chối] {reason}")
    refused = any("refused" in r for r in reports)
    return EXIT_INPUT_ERRORS if refused else EXIT_OK


def cmd_bundle_receipt(args) -> int:
    from desktop.core.bundles import make_receipt

    path = make_receipt(_open_db(args), args.bundle_id, args.output)
    print(f"Đã ghi biên nhận vào {path}: gửi lại cho đơn vị đã gửi gói.")
    return EXIT_OK


def cmd_bundle_ack(args) -> int:
    from desktop.core.bundles import read_receipt

    bundle_id, counts = read_receipt(_open_db(args), Path(args.file).read_bytes())
    print(f"Gói {bundle_id[:8]}… đã được nhận: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return EXIT_OK


def cmd_bundle_board(args) -> int:
    from datetime import datetime

    from desktop.core.completeness import completeness_board

    rows = completeness_board(_open_db(args), datetime.now())
    if args.json:
        _print_json([{"unit_code": r.unit_code, "unit": r.unit_name, "packages": r.packages,
                      "last_received": r.last_received,
                      "events": [{"event_id": c.event_id, "title": c.event_title, "state": c.state,
                                  "received_at": c.received_at, "due_at": c.due_at} for c in r.cells]}
                     for r in rows])
        return EXIT_OK
    if not rows:
        print("Máy này chưa có đơn vị cấp dưới trực tiếp (hoặc chưa đặt đơn vị của máy).")
    for row in rows:
        last = f"gói gần nhất {row.last_received:%d/%m/%Y %H:%M}" if row.last_received else "chưa gửi gói nào"
        print(f"{row.unit_name} ({row.unit_code}): {row.packages} gói, {last}")
        for cell in row.cells:
            print(f"    {cell.label:<22} {cell.event_title}")
    return EXIT_OK


def cmd_keys(args) -> int:
    from desktop.core.keyfile import export_key_file, trust_key_file
    from desktop.core.signing import format_fingerprint, known_keys, own_key

    db = _open_db(args)
    if args.action == "show":
        own = own_key(db)
        print(f"Khóa của máy này: {format_fingerprint(own.fingerprint)}")
        for key in known_keys(db):
            if not key.own:
                print(f"  {format_fingerprint(key.fingerprint)}  {key.owner_name} ({key.unit_code})  "
                      + ("tin cậy" if key.trusted else "CHƯA tin cậy"))
        return EXIT_OK
    if not args.file:
        print("Cần TỆP: nơi ghi khóa (export) hoặc tệp khóa của đơn vị khác (trust).", file=sys.stderr)
        return EXIT_INPUT_ERRORS
    if args.action == "export":
        export_key_file(db, args.file)
        print(f"Đã ghi khóa công khai của máy này vào {args.file}. Dấu vân tay: "
              f"{format_fingerprint(own_key(db).fingerprint)}")
        return EXIT_OK
    fingerprint = trust_key_file(db, args.file)
    print(f"Đã tin cậy khóa {format_fingerprint(fingerprint)}.")
    return EXIT_OK


def _add_station_arguments(parser) -> None:
    parser.add_argument("--event", required=True, metavar="MÃ", help="mã hội nghị hoặc vài ký tự đầu")
    parser.add_argument("--session", required=True, metavar="BUỔI",
                        help="số thứ tự của buổi (1, 2… theo thời gian) hoặc vài ký tự đầu của mã buổi")
    parser.add_argument("--point", required=True, metavar="ĐIỂM_CẦU",
                        help="số thứ tự của điểm cầu, vài ký tự đầu của mã, hoặc vài chữ trong tên")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="doandesk", description="DoanDesk – quản lý đoàn viên và báo cáo (offline).")
    parser.add_argument("--version", action="version", version=f"DoanDesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu; hoặc biến DOANDESK_DB)")
    parser.add_argument("--demo", action="store_true", help="mở giao diện trên cơ sở dữ liệu mẫu (tạo khi dùng lần đầu)")
    parser.add_argument("--language", choices=["vi", "en"],
                        help="ngôn ngữ giao diện lần này (mặc định: theo Cài đặt › Giao diện) / screen language for this run")
    parser.set_defaults(func=cmd_gui)
    commands = parser.add_subparsers(title="lệnh", metavar="LỆNH")

    self_test = commands.add_parser("self-test",
                                    help="tự kiểm tra chương trình trong thư mục tạm (không đụng đến dữ liệu)")
    self_test.add_argument("--folder", metavar="THƯ_MỤC", help="giữ các tệp kiểm tra (cơ sở dữ liệu, PDF) ở đây")
    self_test.set_defaults(func=cmd_self_test)

    demo = commands.add_parser("demo", help="tạo cây đơn vị mẫu và N đoàn viên mẫu")
    demo.add_argument("--members", type=int, default=DEMO_MEMBERS, metavar="N")
    demo.set_defaults(func=cmd_demo)

    units = commands.add_parser("units", help="đơn vị").add_subparsers(title="lệnh", metavar="LỆNH", required=True)
    u_import = units.add_parser("import", help="nhập danh sách đơn vị từ tệp .xlsx/.xls/.ods")
    u_import.add_argument("file")
    u_import.add_argument("--home", metavar="CODE", help="đặt đơn vị có mã này làm đơn vị của máy này")
    u_import.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    u_import.add_argument("--json", action="store_true")
    u_import.set_defaults(func=cmd_units_import)
    u_list = units.add_parser("list", help="liệt kê cây đơn vị")
    u_list.add_argument("--json", action="store_true")
    u_list.set_defaults(func=cmd_units_list)

    roster = commands.add_parser("roster", help="danh sách đoàn viên").add_subparsers(
        title="lệnh", metavar="LỆNH", required=True)
    r_import = roster.add_parser("import", help="nhập danh sách đoàn viên từ tệp .xlsx/.xls/.ods")
    r_import.add_argument("file")
    r_import.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    r_import.add_argument("--skip-invalid", action="store_true", help="bỏ qua các dòng lỗi, nhập các dòng hợp lệ")
    r_import.add_argument("--unit", metavar="CODE", help="đơn vị nhận khi tệp không có cột Chi đoàn")
    r_import.add_argument("--json", action="store_true")
    r_import.set_defaults(func=cmd_roster_import)
    r_export = roster.add_parser("export", help="xuất danh sách đoàn viên ra .xlsx")
    r_export.add_argument("file")
    r_export.add_argument("--unit", metavar="CODE")
    r_export.add_argument("--split-name", action="store_true", help="tách Họ đệm và Tên thành hai cột")
    r_export.set_defaults(func=cmd_roster_export)
    r_list = roster.add_parser("list", help="liệt kê đoàn viên theo thứ tự tên tiếng Việt")
    r_list.add_argument("--unit", metavar="CODE")
    r_list.add_argument("--search", metavar="TEXT")
    r_list.add_argument("--json", action="store_true")
    r_list.set_defaults(func=cmd_roster_list)

    event = commands.add_parser("event", help="hội nghị, đợt học tập").add_subparsers(
        title="lệnh", metavar="LỆNH", required=True)
    e_import = event.add_parser("import", help="nhập hội nghị từ tệp định nghĩa .json (tệp có mã hội nghị: "
                                               "cập nhật hội nghị đó)")
    e_import.add_argument("file")
    e_import.add_argument("--json", action="store_true")
    e_import.set_defaults(func=cmd_event_import)
    e_export = event.add_parser("export", help="xuất hội nghị ra tệp định nghĩa .json")
    e_export.add_argument("id", metavar="MÃ", help="mã hội nghị hoặc vài ký tự đầu (xem: doandesk event list)")
    e_export.add_argument("file")
    e_export.set_defaults(func=cmd_event_export)
    e_list = event.add_parser("list", help="liệt kê các hội nghị, mới nhất trước")
    e_list.add_argument("--json", action="store_true")
    e_list.set_defaults(func=cmd_event_list)
    e_print = event.add_parser("print", help="in PDF: thành phần theo điểm cầu (participants), tờ mã QR tài liệu "
                                             "(materials), điểm danh (attendance), kết quả kiểm tra (results), "
                                             "sổ bài thu hoạch (essays)")
    e_print.add_argument("what", choices=["participants", "materials", "attendance", "results", "essays"])
    e_print.add_argument("id", metavar="MÃ", help="mã hội nghị hoặc vài ký tự đầu")
    e_print.add_argument("file")
    e_print.add_argument("--session", type=int, metavar="N", help="chỉ buổi thứ N (theo thứ tự thời gian)")
    e_print.set_defaults(func=cmd_event_print)
    e_deadlines = event.add_parser("deadlines", help="các hạn: nộp báo cáo, kiểm tra kết nối…; việc quá hạn ghi "
                                                     "QUÁ HẠN")
    e_deadlines.add_argument("--event", metavar="MÃ", help="chỉ các hạn của một hội nghị")
    e_deadlines.add_argument("--open", action="store_true", help="bỏ qua các việc đã xong")
    e_deadlines.add_argument("--json", action="store_true")
    e_deadlines.set_defaults(func=cmd_event_deadlines)

    cards = commands.add_parser("cards", help="in thẻ điểm danh có mã QR cho người được mời (cấp mã cho ai chưa có)")
    cards.add_argument("--event", required=True, metavar="MÃ")
    cards.add_argument("-o", "--output", required=True, metavar="TỆP.pdf")
    cards.add_argument("--reissue", action="store_true", help="cấp mã mới cho tất cả; thẻ cũ hết hiệu lực")
    cards.set_defaults(func=cmd_cards)

    checkin = commands.add_parser("checkin", help="điểm danh bằng mã thẻ (các MÃ, hoặc đọc từ đầu vào chuẩn, "
                                                  "mỗi dòng một mã)")
    _add_station_arguments(checkin)
    checkin.add_argument("codes", nargs="*", metavar="MÃ_THẺ")
    checkin.add_argument("--admit", action="store_true", help="cho vào cả người không có trong danh sách điểm cầu")
    checkin.add_argument("--json", action="store_true")
    checkin.set_defaults(func=cmd_checkin)

    attendance = commands.add_parser("attendance", help="điểm danh: tổng hợp, nhập từ tệp").add_subparsers(
        title="lệnh", metavar="LỆNH", required=True)
    a_summary = attendance.add_parser("summary", help="tổng hợp theo buổi, điểm cầu và đơn vị")
    a_summary.add_argument("--event", required=True, metavar="MÃ")
    a_summary.add_argument("--xlsx", metavar="TỆP.xlsx", help="xuất thêm ra bảng tính")
    a_summary.add_argument("--json", action="store_true")
    a_summary.set_defaults(func=cmd_attendance_summary)
    a_import = attendance.add_parser("import", help="nhập danh sách có mặt từ tệp .xlsx/.xls/.ods")
    _add_station_arguments(a_import)
    a_import.add_argument("file")
    a_import.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    a_import.add_argument("--only-invited", action="store_true", help="bỏ qua người không có trong danh sách điểm cầu")
    a_import.add_argument("--json", action="store_true")
    a_import.set_defaults(func=cmd_attendance_import)

    signin = commands.add_parser("signin-sheet", help="in danh sách ký tên của một buổi tại một điểm cầu")
    _add_station_arguments(signin)
    signin.add_argument("-o", "--output", required=True, metavar="TỆP.pdf")
    signin.set_defaults(func=cmd_signin_sheet)

    quiz = commands.add_parser("quiz", help="kiểm tra nhận thức: ngân hàng câu hỏi, kết quả").add_subparsers(
        title="lệnh", metavar="LỆNH", required=True)
    q_bank = quiz.add_parser("import-bank", help="nhập câu hỏi từ .xlsx (mẫu), Aiken, GIFT hoặc Moodle XML")
    q_bank.add_argument("file")
    q_bank.add_argument("--bank", metavar="TÊN", help="tên ngân hàng (mặc định: tên tệp)")
    q_bank.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    q_bank.add_argument("--skip-invalid", action="store_true", help="bỏ qua các câu lỗi, nhập các câu hợp lệ")
    q_bank.add_argument("--json", action="store_true")
    q_bank.set_defaults(func=cmd_quiz_import_bank)
    q_export = quiz.add_parser("export-bank", help="xuất ngân hàng câu hỏi ra .xlsx (theo mẫu nhập)")
    q_export.add_argument("bank", metavar="NGÂN_HÀNG", help="vài ký tự đầu của mã hoặc vài chữ trong tên")
    q_export.add_argument("-o", "--output", required=True, metavar="TỆP.xlsx")
    q_export.set_defaults(func=cmd_quiz_export_bank)
    q_setup = quiz.add_parser("setup", help="đặt bài kiểm tra của hội nghị: ngân hàng, số câu, thời gian…")
    q_setup.add_argument("--event", required=True, metavar="MÃ")
    q_setup.add_argument("--bank", metavar="NGÂN_HÀNG")
    q_setup.add_argument("--questions", type=int, metavar="N")
    q_setup.add_argument("--minutes", type=int, metavar="PHÚT")
    q_setup.add_argument("--pass-percent", type=int, metavar="%")
    q_setup.add_argument("--attempts", type=int, metavar="N", help="số lần thi tối đa (0: thi lại đến khi đạt)")
    q_setup.add_argument("--quota", action="append", metavar="CHỦ_ĐỀ=N", help="số câu lấy từ một chủ đề")
    q_setup.set_defaults(func=cmd_quiz_setup)
    q_results = quiz.add_parser("import-results", help="nhập kết quả kiểm tra (xuất từ ứng dụng, danh sách…)")
    q_results.add_argument("file")
    q_results.add_argument("--event", required=True, metavar="MÃ")
    q_results.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    q_results.add_argument("--json", action="store_true")
    q_results.set_defaults(func=cmd_quiz_import_results)
    q_summary = quiz.add_parser("summary", help="tổng hợp: phải kiểm tra, đã kiểm tra, đạt, theo đơn vị")
    q_summary.add_argument("--event", required=True, metavar="MÃ")
    q_summary.add_argument("--xlsx", metavar="TỆP.xlsx")
    q_summary.add_argument("--json", action="store_true")
    q_summary.set_defaults(func=cmd_quiz_summary)

    cert = commands.add_parser("cert", help="giấy chứng nhận").add_subparsers(title="lệnh", metavar="LỆNH",
                                                                             required=True)
    c_issue = cert.add_parser("issue", help="cấp và in giấy chứng nhận cho người đã đạt (mỗi người một PDF)")
    c_issue.add_argument("--event", required=True, metavar="MÃ")
    c_issue.add_argument("--member", metavar="MÃ_ĐOÀN_VIÊN", help="chỉ một đoàn viên (mã đầy đủ)")
    c_issue.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC")
    c_issue.set_defaults(func=cmd_cert_issue)
    c_verify = cert.add_parser("verify", help="kiểm tra giấy chứng nhận: tệp PDF/ảnh, nội dung mã QR hoặc số")
    c_verify.add_argument("what", metavar="TỆP_HOẶC_MÃ")
    c_verify.add_argument("--json", action="store_true")
    c_verify.set_defaults(func=cmd_cert_verify)

    essay = commands.add_parser("essay", help="bài thu hoạch").add_subparsers(title="lệnh", metavar="LỆNH",
                                                                             required=True)
    e_add = essay.add_parser("add", help="ghi bài thu hoạch của một đoàn viên (tệp .docx/.pdf/.txt/ảnh, hoặc "
                                         "--paper: bản giấy)")
    e_add.add_argument("--event", required=True, metavar="MÃ")
    e_add.add_argument("--member", required=True, metavar="MÃ_ĐV", help="mã đoàn viên (vài ký tự đầu) hoặc số thẻ")
    e_add.add_argument("file", nargs="?", metavar="TỆP")
    e_add.add_argument("--paper", action="store_true", help="bài nộp bản giấy, không có tệp")
    e_add.add_argument("--received", metavar="YYYY-MM-DD", help="ngày nhận (mặc định hôm nay)")
    e_add.set_defaults(func=cmd_essay_add)
    e_folder = essay.add_parser("import-folder", help="nhập cả thư mục bài thu hoạch; tên tệp khớp tên đoàn viên")
    e_folder.add_argument("--event", required=True, metavar="MÃ")
    e_folder.add_argument("folder", metavar="THƯ_MỤC")
    e_folder.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    e_folder.add_argument("--json", action="store_true")
    e_folder.set_defaults(func=cmd_essay_import_folder)
    e_similar = essay.add_parser("similarity", help="tìm các bài thu hoạch giống nhau (sao chép)")
    e_similar.add_argument("--event", required=True, metavar="MÃ")
    e_similar.add_argument("--threshold", type=float, default=0.2, metavar="0–1",
                           help="tỉ lệ đoạn văn trùng để báo (mặc định 0.2)")
    e_similar.add_argument("--json", action="store_true")
    e_similar.set_defaults(func=cmd_essay_similarity)
    e_summary = essay.add_parser("summary", help="tổng hợp: phải nộp, đã nộp, muộn, chưa nộp, xếp loại theo đơn vị")
    e_summary.add_argument("--event", required=True, metavar="MÃ")
    e_summary.add_argument("--xlsx", metavar="TỆP.xlsx")
    e_summary.add_argument("--json", action="store_true")
    e_summary.set_defaults(func=cmd_essay_summary)

    report = commands.add_parser("report", help="báo cáo kết quả học tập, quán triệt theo thể thức văn bản của Đoàn")
    report.add_argument("--event", required=True, metavar="MÃ")
    report.add_argument("--format", choices=["pdf", "xlsx"], default="pdf")
    report.add_argument("-o", "--output", required=True, metavar="TỆP")
    report.add_argument("--issue", action="store_true",
                        help="lấy số văn bản (số thứ tự trong năm) cho báo cáo; không có: để trống số")
    report.add_argument("--date", metavar="YYYY-MM-DD", help="ngày ghi trên báo cáo (mặc định hôm nay)")
    report.set_defaults(func=cmd_report)

    bundle = commands.add_parser("bundle", help="gói báo cáo gửi/nhận giữa các đơn vị").add_subparsers(
        title="lệnh", metavar="LỆNH", required=True)
    b_export = bundle.add_parser("export", help="tạo gói đã ký (tùy chọn mã hóa)")
    b_export.add_argument("-o", "--output", required=True, metavar="TỆP.ddb")
    b_export.add_argument("--event", metavar="MÃ", help="chỉ hội nghị này (cùng danh sách đơn vị, đoàn viên)")
    b_export.add_argument("--since-last", action="store_true", help="chỉ các thay đổi từ gói đã có biên nhận")
    b_export.add_argument("--encrypt-to", metavar="TỆP_KHÓA", help="mã hóa cho đơn vị nhận (tệp khóa của họ)")
    b_export.add_argument("--passphrase-file", metavar="TỆP", help="mã hóa bằng mật khẩu ghi trong tệp")
    b_export.add_argument("--minimal", action="store_true",
                          help="bỏ số CCCD, điện thoại, tôn giáo, dân tộc (dữ liệu cá nhân nhạy cảm)")
    b_export.set_defaults(func=cmd_bundle_export)
    b_verify = bundle.add_parser("verify", help="kiểm tra gói: chữ ký, mã SHA-256, người gửi")
    b_verify.add_argument("file")
    b_verify.add_argument("--passphrase-file", metavar="TỆP")
    b_verify.add_argument("--json", action="store_true")
    b_verify.set_defaults(func=cmd_bundle_verify)
    b_import = bundle.add_parser("import", help="nhập gói (tệp hoặc thư mục các tệp .ddb)")
    b_import.add_argument("files", nargs="+", metavar="TỆP")
    b_import.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    b_import.add_argument("--passphrase-file", metavar="TỆP")
    b_import.add_argument("--json", action="store_true")
    b_import.set_defaults(func=cmd_bundle_import)
    b_receipt = bundle.add_parser("receipt", help="lập biên nhận (đã ký) cho một gói đã nhập")
    b_receipt.add_argument("bundle_id", metavar="MÃ_GÓI")
    b_receipt.add_argument("-o", "--output", required=True, metavar="TỆP.ddr")
    b_receipt.set_defaults(func=cmd_bundle_receipt)
    b_ack = bundle.add_parser("ack", help="đọc biên nhận của đơn vị nhận: đánh dấu gói đã được nhận")
    b_ack.add_argument("file", metavar="TỆP.ddr")
    b_ack.set_defaults(func=cmd_bundle_ack)
    b_board = bundle.add_parser("board", help="bảng theo dõi: đơn vị cấp dưới nào đã gửi gói cho hội nghị nào")
    b_board.add_argument("--json", action="store_true")
    b_board.set_defaults(func=cmd_bundle_board)

    keys = commands.add_parser("keys", help="khóa ký số: xem, xuất, tin cậy khóa đơn vị khác")
    keys.add_argument("action", choices=["show", "export", "trust"])
    keys.add_argument("file", nargs="?", metavar="TỆP")
    keys.set_defaults(func=cmd_keys)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # Windows consoles default to a code page
    args = build_parser().parse_args(argv)
    from desktop.db.engine import data_dir
    from desktop.logs import setup_logging

    setup_logging(data_dir())
    try:
        return args.func(args)
    except DoanDeskError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        sys.stderr = open(os.devnull, "w")
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the database layer's own error type
        from desktop.db.engine import DatabaseError

        if isinstance(exc, DatabaseError):
            print(f"Lỗi: {exc}", file=sys.stderr)
            return EXIT_FAILED
        raise


if __name__ == "__main__":
    sys.exit(main())
