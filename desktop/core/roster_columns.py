"""Header vocabulary of a member roster (danh sách đoàn viên) for :mod:`spreadsheet`.

Each field maps to the header wordings met in Youth Union offices. Synonyms are
compared after :func:`desktop.core.spreadsheet.header_key` (no case, tones, punctuation
or column numbers), so "Ngày, tháng, năm sinh", "NGÀY THÁNG NĂM SINH" and
"Ngày/tháng/năm sinh (*)" are one entry. Synonyms of two words or more also match
inside a longer header ("Số điện thoại liên hệ"); short single words ("Tên", "TT",
"NS") and entries starting with "=" match the whole header only. When two fields
match a header, the exact or longer synonym wins, so "Tên chi đoàn" is a branch and
"Họ và tên đệm" is the family+middle name.

Layouts the locator understands on top of these words:

* "Họ và tên" over sub-columns "Họ đệm" | "Tên" (or "Họ" | "Đệm" | "Tên"): the name
  is split; the required fields are met by full_name, or family_middle + given_name,
  or family_name + given_name (:data:`ROSTER_REQUIRED`).
* "Ngày, tháng, năm sinh" over sub-columns "Nam" | "Nữ": the birth date is written
  under the member's gender (a gender split of ``date_of_birth``).
* "Giới tính" over "Nam" | "Nữ", or a bare "Nam" | "Nữ" pair: a tick marks the gender.
"""

# i18n: vi-module — header wordings compared with the headers of imported files.

from __future__ import annotations

ROSTER_FIELDS: dict[str, list[str]] = {
    "seq": ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự", "=No"],
    "full_name": [
        "Họ và tên",
        "Họ tên",
        "Họ, tên",
        "Họ tên đoàn viên",
        "Họ và tên đoàn viên",
        "Tên đoàn viên",
        "Họ và tên ĐV",
        "Họ tên ĐV",
        "Họ và tên khai sinh",
        "Họ và tên thanh niên",
    ],
    "family_middle": [
        "Họ đệm",
        "Họ và đệm",
        "Họ và tên đệm",
        "Họ và chữ lót",
        "Họ chữ lót",
        "Họ lót",
        "Họ và tên lót",
        "Họ, đệm",
    ],
    "family_name": ["=Họ"],
    "middle_name": ["=Đệm", "Tên đệm", "Chữ lót", "Tên lót", "=Lót"],
    "given_name": ["Tên", "=Tên gọi"],
    "date_of_birth": [
        "Ngày sinh",
        "Ngày tháng năm sinh",
        "Ngày, tháng, năm sinh",
        "Sinh ngày",
        "Năm sinh",
        "Sinh năm",
        "NS",
        "Ngày, tháng, năm sinh (dd/mm/yyyy)",
    ],
    "gender": ["Giới tính", "Nam/Nữ", "Nữ/Nam", "Nam hay Nữ", "Phái", "Giới", "Giới tính (Nam/Nữ)"],
    "ethnicity": ["Dân tộc"],
    "religion": ["Tôn giáo"],
    "citizen_id": [
        "CCCD",
        "Số CCCD",
        "Căn cước công dân",
        "Số căn cước công dân",
        "Căn cước",
        "Số căn cước",
        "CMND/CCCD",
        "CCCD/CMND",
        "CMND",
        "Số CMND",
        "Chứng minh nhân dân",
        "Số định danh",
        "Số định danh cá nhân",
        "Mã định danh",
        "Định danh cá nhân",
    ],
    "phone": [
        "SĐT",
        "Số ĐT",
        "Số điện thoại",
        "Điện thoại",
        "ĐT",
        "ĐTDĐ",
        "Di động",
        "Số di động",
        "Điện thoại di động",
        "Điện thoại liên hệ",
        "SĐT/Zalo",
    ],
    "email": ["Email", "E-mail", "Thư điện tử", "Địa chỉ email", "Gmail"],
    "admission_date": [
        "Ngày vào Đoàn",
        "Ngày kết nạp",
        "Ngày kết nạp Đoàn",
        "Ngày kết nạp vào Đoàn",
        "Ngày, tháng, năm vào Đoàn",
        "Ngày tháng năm vào Đoàn",
        "Ngày, tháng, năm kết nạp",
        "Vào Đoàn",
        "Kết nạp Đoàn",
        "Năm vào Đoàn",
        "Ngày KN",
    ],
    "card_number": [
        "Số thẻ",
        "Số thẻ đoàn viên",
        "Số thẻ ĐV",
        "Số thẻ Đoàn",
        "Mã thẻ",
        "Mã số thẻ",
        "Mã đoàn viên",
        "Mã số đoàn viên",
        "Mã ĐV",
    ],
    "position": ["Chức vụ", "Chức vụ Đoàn", "Chức vụ trong Đoàn", "Chức danh"],
    "branch": [
        "Chi đoàn",
        "Tên chi đoàn",
        "Chi đoàn sinh hoạt",
        "Sinh hoạt tại chi đoàn",
        "Thuộc chi đoàn",
        "Đơn vị",
        "Tên đơn vị",
        "Đơn vị sinh hoạt",
    ],
    "grassroots": [
        "Đoàn cơ sở",
        "Tên đoàn cơ sở",
        "Cơ sở Đoàn",
        "Đoàn xã/phường",
        "Đoàn xã, phường, thị trấn",
        "Đoàn xã",
        "Đoàn phường",
        "Thuộc đoàn cơ sở",
    ],
    "status": ["Tình trạng", "Trạng thái", "Tình trạng sinh hoạt"],
    "notes": ["Ghi chú"],
}

#: The name must be there, whole or split (see ``locate_table``'s ``required_fields``).
ROSTER_REQUIRED = [("full_name", ("family_middle", "given_name"), ("family_name", "given_name"))]
