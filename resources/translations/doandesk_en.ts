<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
  <context>
    <name>DoanDesk</name>
    <message>
      <source> câu</source>
      <translation> questions</translation>
    </message>
    <message>
      <source> lần</source>
      <translation> times</translation>
    </message>
    <message>
      <source> người</source>
      <translation> people</translation>
    </message>
    <message>
      <source> phút</source>
      <translation> min</translation>
    </message>
    <message numerus="yes">
      <source>%n bài sao chép</source>
      <translation>
        <numerusform>%n copied essay</numerusform>
        <numerusform>%n copied essays</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bài đã được ghi từ trước (cùng người, cùng ngày, cùng điểm): không ghi lại.</source>
      <translation>
        <numerusform>%n paper was already saved (same person, same day, same score): not saved again.</numerusform>
        <numerusform>%n papers were already saved (same person, same day, same score): not saved again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bản ghi ({detail})</source>
      <translation>
        <numerusform>%n record ({detail})</numerusform>
        <numerusform>%n records ({detail})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chưa đến</source>
      <translation>
        <numerusform>%n not yet arrived</numerusform>
        <numerusform>%n not yet arrived</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n câu</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n câu hỏi, {chosen} câu chọn gửi</source>
      <translation>
        <numerusform>%n question, {chosen} selected to send</numerusform>
        <numerusform>%n questions, {chosen} selected to send</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cảnh báo (vẫn nhập được).</source>
      <translation>
        <numerusform>%n warning (can still be imported).</numerusform>
        <numerusform>%n warnings (can still be imported).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cặp cần xem</source>
      <translation>
        <numerusform>%n pair to review</numerusform>
        <numerusform>%n pairs to review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dòng</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dòng lỗi</source>
      <translation>
        <numerusform>%n row with errors</numerusform>
        <numerusform>%n rows with errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n gói gửi đi chưa có biên nhận.</source>
      <translation>
        <numerusform>%n sent package has no receipt yet.</numerusform>
        <numerusform>%n sent packages have no receipt yet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n gói: {states}.</source>
      <translation>
        <numerusform>%n package: {states}.</numerusform>
        <numerusform>%n packages: {states}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hội nghị</source>
      <translation>
        <numerusform>%n conference</numerusform>
        <numerusform>%n conferences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n không đổi</source>
      <translation>
        <numerusform>%n unchanged</numerusform>
        <numerusform>%n unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n lượt đã có từ lần nhập trước (giữ nguyên).</source>
      <translation>
        <numerusform>%n attempt was already there from an earlier import (kept as is).</numerusform>
        <numerusform>%n attempts were already there from an earlier import (kept as is).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ngoài danh sách</source>
      <translation>
        <numerusform>%n walk-in</numerusform>
        <numerusform>%n walk-ins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người khớp, hiện {limit} người đầu: gõ thêm để thu hẹp; ↑ ↓ để chọn đúng người, Enter để gõ điểm.</source>
      <translation>
        <numerusform>%n person matches, showing the first {limit}: type more to narrow down; ↑ ↓ to choose the right person, Enter to type the score.</numerusform>
        <numerusform>%n people match, showing the first {limit}: type more to narrow down; ↑ ↓ to choose the right person, Enter to type the score.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người khớp: ↑ ↓ để chọn đúng người, Enter để gõ điểm.</source>
      <translation>
        <numerusform>%n person matches: ↑ ↓ to choose the right person, Enter to type the score.</numerusform>
        <numerusform>%n people match: ↑ ↓ to choose the right person, Enter to type the score.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người trong danh sách</source>
      <translation>
        <numerusform>%n person on the list</numerusform>
        <numerusform>%n people on the list</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người đã nộp bài trước đó: bài mới thay bài cũ.</source>
      <translation>
        <numerusform>%n person had already handed in an essay: the new one replaces the old one.</numerusform>
        <numerusform>%n people had already handed in an essay: the new ones replace the old ones.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người đã điểm danh trước (đánh dấu sẵn, không đổi được ở đây)</source>
      <translation>
        <numerusform>%n person already checked in (ticked already, cannot be changed here)</numerusform>
        <numerusform>%n people already checked in (ticked already, cannot be changed here)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người đã được điểm danh trước đó (giữ nguyên).</source>
      <translation>
        <numerusform>%n person had already checked in (kept as is).</numerusform>
        <numerusform>%n people had already checked in (kept as is).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người được mời</source>
      <translation>
        <numerusform>%n invitee</numerusform>
        <numerusform>%n invitees</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người được mời theo quy tắc sẽ vẫn ở lại.</source>
      <translation>
        <numerusform>%n person invited by a rule will stay.</numerusform>
        <numerusform>%n people invited by a rule will stay.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người được mời theo quy tắc thành phần, không bỏ riêng được: hãy sửa quy tắc, hoặc đánh dấu vắng có phép.</source>
      <translation>
        <numerusform>%n person is invited by an invitee rule and cannot be removed individually: change the rule, or mark them as excused.</numerusform>
        <numerusform>%n people are invited by an invitee rule and cannot be removed individually: change the rule, or mark them as excused.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người, {excused} vắng có phép</source>
      <translation>
        <numerusform>%n person, {excused} excused</numerusform>
        <numerusform>%n people, {excused} excused</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tiêu chí ({total} điểm)</source>
      <translation>
        <numerusform>%n criterion ({total} points)</numerusform>
        <numerusform>%n criteria ({total} points)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n trang</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tệp bài thu hoạch trong bản sao lưu bị hỏng nên không khôi phục được.</source>
      <translation>
        <numerusform>%n essay file in the backup is damaged and could not be restored.</numerusform>
        <numerusform>%n essay files in the backup are damaged and could not be restored.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tệp chưa khớp với ai không được nhập.</source>
      <translation>
        <numerusform>%n file not matched to anyone was not imported.</numerusform>
        <numerusform>%n files not matched to anyone were not imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tệp không phải bài thu hoạch (bỏ qua)</source>
      <translation>
        <numerusform>%n file is not an essay (skipped)</numerusform>
        <numerusform>%n files are not essays (skipped)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n vắng</source>
      <translation>
        <numerusform>%n absent</numerusform>
        <numerusform>%n absent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n vắng có phép</source>
      <translation>
        <numerusform>%n excused</numerusform>
        <numerusform>%n excused</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n điểm cầu</source>
      <translation>
        <numerusform>%n bridge point</numerusform>
        <numerusform>%n bridge points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đoàn viên</source>
      <translation>
        <numerusform>%n member</numerusform>
        <numerusform>%n members</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đơn vị mới</source>
      <translation>
        <numerusform>%n new unit</numerusform>
        <numerusform>%n new units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đơn vị thay đổi</source>
      <translation>
        <numerusform>%n changed unit</numerusform>
        <numerusform>%n changed units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đến muộn</source>
      <translation>
        <numerusform>%n late</numerusform>
        <numerusform>%n late</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Bỏ gắn</source>
      <translation>&amp;Unlink</translation>
    </message>
    <message>
      <source>&amp;Chấm điểm…</source>
      <translation>&amp;Mark…</translation>
    </message>
    <message>
      <source>&amp;Chọn</source>
      <translation>&amp;Choose</translation>
    </message>
    <message>
      <source>&amp;Chọn gửi các câu đánh dấu</source>
      <translation>&amp;Select highlighted questions to send</translation>
    </message>
    <message>
      <source>&amp;Chọn thư mục…</source>
      <translation>&amp;Choose folder…</translation>
    </message>
    <message>
      <source>&amp;Chọn tệp…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <source>&amp;Câu hỏi:</source>
      <translation>&amp;Question:</translation>
    </message>
    <message>
      <source>&amp;Cấp giấy chứng nhận…</source>
      <translation>Issue &amp;certificates…</translation>
    </message>
    <message>
      <source>&amp;Ghi chú:</source>
      <translation>N&amp;ote:</translation>
    </message>
    <message>
      <source>&amp;Ghi kết quả</source>
      <translation>&amp;Save results</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Ghi kết quả (%n lượt thi)</source>
      <translation>
        <numerusform>&amp;Save results (%n attempt)</numerusform>
        <numerusform>&amp;Save results (%n attempts)</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Ghi kết quả ({count})</source>
      <translation>&amp;Save results ({count})</translation>
    </message>
    <message>
      <source>&amp;Ghi điểm danh</source>
      <translation>&amp;Record attendance</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Ghi điểm danh (%n người)</source>
      <translation>
        <numerusform>&amp;Record attendance (%n person)</numerusform>
        <numerusform>&amp;Record attendance (%n people)</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Họ và tên người hỏi:</source>
      <translation>Asker's full &amp;name:</translation>
    </message>
    <message>
      <source>&amp;Họ và tên:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;In…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Không phải sao chép</source>
      <translation>&amp;Not copied</translation>
    </message>
    <message>
      <source>&amp;Kiểm tra</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <source>&amp;Kiểm tra giấy chứng nhận…</source>
      <translation>&amp;Verify a certificate…</translation>
    </message>
    <message>
      <source>&amp;Loại việc:</source>
      <translation>&amp;Kind of task:</translation>
    </message>
    <message>
      <source>&amp;Loại:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>&amp;Lưu</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Lưu cài đặt</source>
      <translation>&amp;Save settings</translation>
    </message>
    <message>
      <source>&amp;Mời thêm…</source>
      <translation>&amp;Invite more…</translation>
    </message>
    <message>
      <source>&amp;Mở</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>&amp;Mở hội nghị</source>
      <translation>&amp;Open conference</translation>
    </message>
    <message>
      <source>&amp;Mở phòng thi trên máy…</source>
      <translation>&amp;Open the test kiosk…</translation>
    </message>
    <message>
      <source>&amp;Mở trạm điểm danh…</source>
      <translation>&amp;Open check-in station…</translation>
    </message>
    <message>
      <source>&amp;Mở tệp</source>
      <translation>&amp;Open file</translation>
    </message>
    <message>
      <source>&amp;Ngày chấm:</source>
      <translation>&amp;Date marked:</translation>
    </message>
    <message>
      <source>&amp;Ngày đầu tiên:</source>
      <translation>&amp;First day:</translation>
    </message>
    <message>
      <source>&amp;Ngày:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Người kết luận:</source>
      <translation>&amp;Decided by:</translation>
    </message>
    <message>
      <source>&amp;Nhập</source>
      <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Nhập %n bài</source>
      <translation>
        <numerusform>&amp;Import %n essay</numerusform>
        <numerusform>&amp;Import %n essays</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&amp;Nhập %n câu mới</source>
      <translation>
        <numerusform>&amp;Import %n new question</numerusform>
        <numerusform>&amp;Import %n new questions</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Nhập báo cáo…</source>
      <translation>E&amp;nter report…</translation>
    </message>
    <message>
      <source>&amp;Nhập kết quả…</source>
      <translation>&amp;Import results…</translation>
    </message>
    <message>
      <source>&amp;Nhập từ tệp…</source>
      <translation>&amp;Import from file…</translation>
    </message>
    <message>
      <source>&amp;Sao chép làm mẫu…</source>
      <translation>&amp;Copy as template…</translation>
    </message>
    <message>
      <source>&amp;Thêm</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <source>&amp;Thêm câu hỏi…</source>
      <translation>&amp;Add question…</translation>
    </message>
    <message>
      <source>&amp;Thêm…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <source>&amp;Tên hội nghị mới:</source>
      <translation>&amp;New conference name:</translation>
    </message>
    <message>
      <source>&amp;Tên hội nghị:</source>
      <translation>&amp;Conference name:</translation>
    </message>
    <message>
      <source>&amp;Tên điểm cầu:</source>
      <translation>&amp;Bridge point name:</translation>
    </message>
    <message>
      <source>&amp;Tìm tên:</source>
      <translation>&amp;Find name:</translation>
    </message>
    <message>
      <source>&amp;Tìm:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <source>&amp;Tệp</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Vắng có phép…</source>
      <translation>Mark e&amp;xcused…</translation>
    </message>
    <message>
      <source>&amp;Xem trước</source>
      <translation>&amp;Preview</translation>
    </message>
    <message>
      <source>&amp;Xuất báo cáo (.xlsx)…</source>
      <translation>&amp;Export report (.xlsx)…</translation>
    </message>
    <message>
      <source>&amp;Xuất danh sách (.xlsx)…</source>
      <translation>&amp;Export list (.xlsx)…</translation>
    </message>
    <message>
      <source>&amp;Xuất ra .xlsx…</source>
      <translation>&amp;Export to .xlsx…</translation>
    </message>
    <message>
      <source>&amp;Xuất tổng hợp (.xlsx)…</source>
      <translation>&amp;Export summary (.xlsx)…</translation>
    </message>
    <message>
      <source>&amp;Xóa</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>&amp;Xóa bài</source>
      <translation>&amp;Delete essay</translation>
    </message>
    <message>
      <source>&amp;Xóa dòng</source>
      <translation>&amp;Delete rows</translation>
    </message>
    <message>
      <source>(chưa chọn ngân hàng)</source>
      <translation>(no question bank chosen)</translation>
    </message>
    <message>
      <source>(chưa chọn)</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <source>(chưa có điểm cầu)</source>
      <translation>(no bridge point yet)</translation>
    </message>
    <message>
      <source>(chưa có)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <source>(chưa ghi họ tên người ký)</source>
      <translation>(signer's name not entered)</translation>
    </message>
    <message>
      <source>(chưa lưu thay đổi)</source>
      <translation>(changes not saved)</translation>
    </message>
    <message>
      <source>(chưa rõ)</source>
      <translation>(unknown)</translation>
    </message>
    <message>
      <source>(chưa đặt tên)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>(không chủ đề)</source>
      <translation>(no topic)</translation>
    </message>
    <message>
      <source>(không có tên)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <source>(mặc định)</source>
      <translation>(default)</translation>
    </message>
    <message>
      <source>(nộp muộn)</source>
      <translation>(late)</translation>
    </message>
    <message>
      <source>(theo cột Chi đoàn trong tệp)</source>
      <translation>(from the file’s “Chi đoàn” (branch) column)</translation>
    </message>
    <message>
      <source>(trống)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>(viết trong dấu nháy kép để giữ số 0 ở đầu)</source>
      <translation>(write it in double quotes to keep the leading 0)</translation>
    </message>
    <message>
      <source>(điểm cầu chưa đặt tên)</source>
      <translation>(unnamed bridge point)</translation>
    </message>
    <message>
      <source>(đáp án đúng)</source>
      <translation>(right answer)</translation>
    </message>
    <message>
      <source>(để trống: theo cây đơn vị)</source>
      <translation>(leave empty: follow the unit tree)</translation>
    </message>
    <message>
      <source>0: thi lại đến khi đạt</source>
      <translation>0: retake until passed</translation>
    </message>
    <message>
      <source>12 chữ số</source>
      <translation>12 digits</translation>
    </message>
    <message>
      <source>&lt; Quay lại</source>
      <translation>&lt; Back</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; câu bị từ chối (xem bảng dưới, theo dòng trong tệp). Sửa tệp rồi chọn lại, hoặc đánh dấu «Bỏ qua câu lỗi».</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; question refused (see the table below, by line in the file). Fix the file and choose it again, or tick “Skip faulty questions”.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; questions refused (see the table below, by line in the file). Fix the file and choose it again, or tick “Skip faulty questions”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; cập nhật</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; updated</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng chưa khớp với ai: chọn đoàn viên để liên kết, hoặc bỏ qua.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; row matches nobody: choose a member to link it to, or skip it.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; rows match nobody: choose a member to link each to, or skip them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng có tên gần giống một đoàn viên: xác nhận nếu đúng người.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; row has a name close to a member’s: confirm it if it is the right person.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; rows have a name close to a member’s: confirm them if they are the right person.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng không khớp được với ai (xem danh sách): những dòng này không được ghi. Hãy sửa tệp rồi chọn lại, hoặc điểm danh những người đó bằng tìm tên ở trạm điểm danh.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; row matched nobody (see the list): it will not be recorded. Fix the file and choose it again, or check that person in by name search at the check-in station.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; rows matched nobody (see the list): these rows will not be recorded. Fix the file and choose it again, or check those people in by name search at the check-in station.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng lỗi</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; row with errors</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; rows with errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng lỗi không đọc được điểm (xem thẻ «Lỗi và cảnh báo trong tệp»): sửa tệp rồi chọn lại.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; faulty row: the score cannot be read (see the “Errors and warnings in the file” tab). Fix the file and choose it again.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; faulty rows: the score cannot be read (see the “Errors and warnings in the file” tab). Fix the file and choose it again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; không đổi</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; unchanged</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; lượt thi đã được ghi từ trước (nhập tệp này lần trước): không ghi lại.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; attempt was already saved (an earlier import of this file): not saved again.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; attempts were already saved (an earlier import of this file): not saved again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; người không có trong danh sách điểm cầu</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; person not on the bridge point's list</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; people not on the bridge point's list</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; người sẽ được ghi có mặt</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; person will be recorded present</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; people will be recorded present</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; người đã điểm danh trước đó</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; person already checked in</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; people already checked in</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; thêm mới</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; new</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; tệp chưa khớp với ai: chọn tệp rồi bấm «Chọn đoàn viên…» để gắn, hoặc để nguyên thì tệp đó không được nhập.</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; file is not matched to anyone: select it and click “Choose member…” to link it, or leave it and it will not be imported.</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; files are not matched to anyone: select a file and click “Choose member…” to link it, or leave it and it will not be imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; tệp gắn bằng tay</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; file linked by hand</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; files linked by hand</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; tệp khớp tên người được mời</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; file matches an invitee's name</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; files match invitees' names</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; đơn vị mới</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; new unit</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; new units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; đơn vị thay đổi</source>
      <translation>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; changed unit</numerusform>
        <numerusform>&lt;b&gt;%n&lt;/b&gt; changed units</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu:&lt;/b&gt; những gì nhập hoặc sửa sau thời điểm sao lưu sẽ không còn.</source>
      <translation>&lt;b&gt;The current data will be replaced by the data in the backup:&lt;/b&gt; anything entered or changed after the backup was made will be lost.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Nếu nhập:&lt;/b&gt; {outcomes}.</source>
      <translation>&lt;b&gt;If imported:&lt;/b&gt; {outcomes}.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Thang xếp loại&lt;/b&gt;</source>
      <translation>&lt;b&gt;Grading scale&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Tiêu chí chấm&lt;/b&gt; (không bắt buộc)</source>
      <translation>&lt;b&gt;Marking criteria&lt;/b&gt; (optional)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt; ({branch}, sinh {born})</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; ({branch}, born {born})</translation>
    </message>
    <message>
      <source>&lt;b&gt;{to_test}&lt;/b&gt; đoàn viên phải kiểm tra; chưa có kết quả nào. Mở phòng thi trên máy hoặc nhập kết quả từ tệp.</source>
      <translation>&lt;b&gt;{to_test}&lt;/b&gt; members must take the test; no results yet. Open the test kiosk or import results from a file.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Đã nhập:&lt;/b&gt; {outcomes}.</source>
      <translation>&lt;b&gt;Imported:&lt;/b&gt; {outcomes}.</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b3261e'&gt;Từ chối: {reason}&lt;/span&gt;</source>
      <translation>&lt;span style='color:#b3261e'&gt;Refused: {reason}&lt;/span&gt;</translation>
    </message>
    <message>
      <source>&lt;span style='color:{late}'&gt;&lt;b&gt;Quá hạn&lt;/b&gt;&lt;/span&gt; ở trên cùng, &lt;span style='color:{soon}'&gt;&lt;b&gt;sắp đến hạn&lt;/b&gt;&lt;/span&gt; (trong 3 ngày) tô vàng.</source>
      <translation>&lt;span style='color:{late}'&gt;&lt;b&gt;Overdue&lt;/b&gt;&lt;/span&gt; at the top, &lt;span style='color:{soon}'&gt;&lt;b&gt;due soon&lt;/b&gt;&lt;/span&gt; (within 3 days) in amber.</translation>
    </message>
    <message>
      <source>Ai phải nộp:</source>
      <translation>Who must hand in:</translation>
    </message>
    <message>
      <source>Ai đang chấm:</source>
      <translation>Who is marking:</translation>
    </message>
    <message>
      <source>Apache 2.0 hoặc BSD</source>
      <translation>Apache 2.0 or BSD</translation>
    </message>
    <message>
      <source>Biên nhận (.ddr) đơn vị nhận gửi lại: đánh dấu gói đã gửi là đã nhận</source>
      <translation>A receipt (.ddr) sent back by the receiving unit: marks the sent package as received</translation>
    </message>
    <message>
      <source>Biên nhận DoanDesk (*.ddr);;Mọi tệp (*)</source>
      <translation>DoanDesk receipts (*.ddr);;All files (*)</translation>
    </message>
    <message>
      <source>Biên nhận cho một gói không do máy này gửi.</source>
      <translation>The receipt is for a package this computer did not send.</translation>
    </message>
    <message>
      <source>Biên nhận ký bằng khóa chưa tin cậy {fingerprint}: hãy xác minh khóa trước.</source>
      <translation>The receipt is signed with a key that is not trusted yet ({fingerprint}): verify the key first.</translation>
    </message>
    <message>
      <source>Biên nhận đã ký để gửi lại cho đơn vị gửi</source>
      <translation>A signed receipt to send back to the sending unit</translation>
    </message>
    <message>
      <source>Buổi</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Buổi &amp;&amp; chuyên đề</source>
      <translation>Sessions &amp;&amp; topics</translation>
    </message>
    <message>
      <source>Buổi &lt;b&gt;{session}&lt;/b&gt; tại &lt;b&gt;{point}&lt;/b&gt;</source>
      <translation>Session &lt;b&gt;{session}&lt;/b&gt; at &lt;b&gt;{point}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Buổi chưa kết thúc tại điểm cầu này: đây là số người chưa đến, chỉ thành «vắng» khi kết thúc buổi ở trạm điểm danh.</source>
      <translation>The session has not ended at this bridge point: this is the number of people not yet arrived; they only become “absent” when the session is ended at the check-in station.</translation>
    </message>
    <message>
      <source>Buổi hoặc điểm cầu đã chọn không thuộc hội nghị này.</source>
      <translation>The selected session or bridge point does not belong to this conference.</translation>
    </message>
    <message>
      <source>Buổi hội nghị</source>
      <comment>table</comment>
      <translation>Conference sessions</translation>
    </message>
    <message>
      <source>Buổi và điểm cầu theo lần lưu gần nhất; lưu (Ctrl+S) để cập nhật.</source>
      <translation>Sessions and bridge points as last saved; save (Ctrl+S) to update.</translation>
    </message>
    <message>
      <source>Buổi {number}</source>
      <translation>Session {number}</translation>
    </message>
    <message>
      <source>Buổi {number} trùng với buổi {other} ({session}).</source>
      <translation>Session {number} falls in the same slot as session {other} ({session}).</translation>
    </message>
    <message>
      <source>Buổi {part}</source>
      <translation>Session ({part})</translation>
    </message>
    <message>
      <source>Buổi {part}: {title}</source>
      <translation>Session ({part}): {title}</translation>
    </message>
    <message>
      <source>Buổi {session} đã kết thúc: người chưa đến được tính vắng. Người đến muộn vẫn quét thẻ được.</source>
      <translation>Session {session} has ended: whoever has not arrived counts as absent. Latecomers can still scan their cards.</translation>
    </message>
    <message>
      <source>Buổi {session} đã kết thúc: {absent} người vắng.</source>
      <translation>Session {session} has ended: {absent} absent.</translation>
    </message>
    <message>
      <source>Buổi đang chọn</source>
      <translation>Selected session</translation>
    </message>
    <message>
      <source>Buổi đã chọn không thuộc hội nghị này.</source>
      <translation>The selected session does not belong to this conference.</translation>
    </message>
    <message>
      <source>Buổi:</source>
      <translation>Session:</translation>
    </message>
    <message>
      <source>Bài cũ và điểm chấm của bài cũ sẽ không còn được tính.</source>
      <translation>The old essay and its marks will no longer count.</translation>
    </message>
    <message>
      <source>Bài giống &amp;nhau…</source>
      <translation>Similar &amp;essays…</translation>
    </message>
    <message>
      <source>Bài giống nhau</source>
      <comment>table</comment>
      <translation>Similar essays</translation>
    </message>
    <message>
      <source>Bài gửi lên Ban Tuyên giáo Tỉnh đoàn cùng hồ sơ báo cáo</source>
      <translation>Essay sent to the provincial union's Propaganda Board with the report package</translation>
    </message>
    <message>
      <source>Bài kiểm tra nhận thức: {count} câu, làm trong {minutes} phút; trả lời đúng từ {percent}% trở lên là đạt.</source>
      <translation>Awareness test: {count} questions in {minutes} minutes; {percent}% or more correct answers to pass.</translation>
    </message>
    <message>
      <source>Bài kiểm tra</source>
      <comment>table</comment>
      <translation>Tests</translation>
    </message>
    <message>
      <source>Bài nhận sau ngày này là nộp muộn</source>
      <translation>Essays received after this date are late</translation>
    </message>
    <message>
      <source>Bài nộp bản giấy / ảnh quét: không có chữ. Bấm «Mở tệp» để xem bài.</source>
      <translation>Essay on paper / scanned: there is no text. Click “Open file” to view the essay.</translation>
    </message>
    <message>
      <source>Bài nộp bản giấy: chương trình không có nội dung bài, hãy đọc trên giấy.</source>
      <translation>Essay handed in on paper: the program does not have its text, please read it on paper.</translation>
    </message>
    <message>
      <source>Bài nộp bản giấy: không có chữ để hiện ở đây. Hãy chấm trên bản giấy.</source>
      <translation>Essay handed in on paper: there is no text to show here. Please mark it on paper.</translation>
    </message>
    <message>
      <source>Bài thu hoạch</source>
      <translation>Essays</translation>
    </message>
    <message>
      <source>Bài thu hoạch ({patterns})</source>
      <translation>Essays ({patterns})</translation>
    </message>
    <message>
      <source>Bài thu hoạch - {title}.pdf</source>
      <translation>Essays - {title}.pdf</translation>
    </message>
    <message>
      <source>Bài thu hoạch - {title}.xlsx</source>
      <translation>Essays - {title}.xlsx</translation>
    </message>
    <message>
      <source>Bài thu hoạch này không có tệp (nộp bản giấy).</source>
      <translation>This essay has no file (handed in on paper).</translation>
    </message>
    <message>
      <source>Bài thu hoạch — {name}</source>
      <translation>Essay — {name}</translation>
    </message>
    <message>
      <source>Bài thu hoạch</source>
      <comment>table</comment>
      <translation>Essays</translation>
    </message>
    <message>
      <source>Bài trình chiếu</source>
      <translation>Slides</translation>
    </message>
    <message>
      <source>Bài đã nộp, không sửa được nữa.</source>
      <translation>The test has been submitted and can no longer be changed.</translation>
    </message>
    <message>
      <source>Báo cáo</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Báo cáo - hội nghị</source>
      <translation>Report - conference</translation>
    </message>
    <message>
      <source>Báo cáo - {title}</source>
      <translation>Report - {title}</translation>
    </message>
    <message>
      <source>Báo cáo sẽ mang số tiếp theo của năm {year}, ngày {date}. Số được giữ luôn cho báo cáo này, kể cả khi in lại, và không trả lại hay đổi được.</source>
      <translation>The report will get the next number of {year}, dated {date}. The number stays with this report, also when it is printed again, and cannot be given back or changed.</translation>
    </message>
    <message>
      <source>Báo cáo số liệu đối thoại</source>
      <translation>Dialogue figures report</translation>
    </message>
    <message>
      <source>Báo cáo đối thoại</source>
      <comment>table</comment>
      <translation>Dialogue reports</translation>
    </message>
    <message>
      <source>Báo cáo</source>
      <comment>table</comment>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Bí thư</source>
      <translation>Secretary</translation>
    </message>
    <message numerus="yes">
      <source>Bạn còn %n câu chưa trả lời. Vẫn nộp bài?</source>
      <translation>
        <numerusform>You have %n unanswered question. Submit anyway?</numerusform>
        <numerusform>You have %n unanswered questions. Submit anyway?</numerusform>
      </translation>
    </message>
    <message>
      <source>Bạn có thể thi lại: quét thẻ hoặc tìm tên để bắt đầu lượt mới.</source>
      <translation>You can take the test again: scan your card or search for your name to start a new attempt.</translation>
    </message>
    <message numerus="yes">
      <source>Bạn đã thi đủ %n lần cho phép.</source>
      <translation>
        <numerusform>You have used the %n attempt allowed.</numerusform>
        <numerusform>You have used all %n attempts allowed.</numerusform>
      </translation>
    </message>
    <message>
      <source>Bạn đã trả lời tất cả các câu. Nộp bài?</source>
      <translation>You have answered all questions. Submit?</translation>
    </message>
    <message>
      <source>Bản chụp: không có chữ để đọc hay so trùng lặp</source>
      <translation>Scan: no text to read or to check for copying</translation>
    </message>
    <message>
      <source>Bản cũ hơn</source>
      <translation>Older</translation>
    </message>
    <message>
      <source>Bản ghi</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Bản ghi bị từ chối</source>
      <translation>Rejected records</translation>
    </message>
    <message>
      <source>Bản ghi bị từ chối ({count})</source>
      <translation>Rejected records ({count})</translation>
    </message>
    <message>
      <source>Bản ghi bị từ chối: không có</source>
      <translation>Rejected records: none</translation>
    </message>
    <message>
      <source>Bản ghi của xung đột không còn ở máy này.</source>
      <translation>The record of this conflict is no longer on this computer.</translation>
    </message>
    <message>
      <source>Bản giấy</source>
      <translation>On paper</translation>
    </message>
    <message>
      <source>Bản gói vừa ghi vào {folder} không khớp bản gốc (ổ có thể bị lỗi hoặc đã bị rút ra giữa chừng): đã xóa bản hỏng, hãy ghi lại gói {name} hoặc dùng ổ khác.</source>
      <translation>The package just written to {folder} does not match the original (the drive may be faulty or was pulled out midway): the damaged copy was deleted; write the package {name} again or use another drive.</translation>
    </message>
    <message>
      <source>Bản kia trở thành bản hiện hành ở máy này và được gửi tới các đơn vị khác cùng gói lần sau.</source>
      <translation>The other version becomes the current one on this computer and goes to the other units with the next package.</translation>
    </message>
    <message>
      <source>Bản kê của gói bị hỏng.</source>
      <translation>The package's manifest is damaged.</translation>
    </message>
    <message>
      <source>Bản sao của tệp nằm ở: {path}</source>
      <translation>A copy of the file is at: {path}</translation>
    </message>
    <message>
      <source>Bản sao lưu DoanDesk (*.zip);;Tệp cơ sở dữ liệu (*.sqlite3 *.before-restore);;Mọi tệp (*)</source>
      <translation>DoanDesk backups (*.zip);;Database files (*.sqlite3 *.before-restore);;All files (*)</translation>
    </message>
    <message>
      <source>Bản sao lưu gần nhất: {when}, {counts}.</source>
      <translation>Latest backup: {when}, {counts}.</translation>
    </message>
    <message>
      <source>Bản sao lưu {name} bị hỏng ({exc}); chưa thay đổi gì.</source>
      <translation>Backup {name} is damaged ({exc}); nothing was changed.</translation>
    </message>
    <message>
      <source>Bản sao lưu {name} bị hỏng, chưa khôi phục gì:
</source>
      <translation>Backup {name} is damaged; nothing was restored:
</translation>
    </message>
    <message>
      <source>Bản sao lưu {name} được tạo bởi một phiên bản DoanDesk mới hơn (lược đồ {revision}). Hãy cập nhật DoanDesk trước khi khôi phục nó.</source>
      <translation>Backup {name} was made by a newer version of DoanDesk (schema {revision}). Update DoanDesk before restoring it.</translation>
    </message>
    <message>
      <source>Bản sao lưu được tạo bởi phiên bản DoanDesk cũ hơn; dữ liệu sẽ được nâng cấp khi mở lại (lược đồ {old} → {new}).</source>
      <translation>The backup was made by an older version of DoanDesk; the data will be upgraded when DoanDesk is opened again (schema {old} → {new}).</translation>
    </message>
    <message>
      <source>Bảng dưới chỉ có số gói mỗi đơn vị đã gửi.</source>
      <translation>The table below only shows how many packages each unit has sent.</translation>
    </message>
    <message>
      <source>Bảng không có cột Chi đoàn: hãy chọn đơn vị nhận các đoàn viên này (ô «Đơn vị nhận» khi nhập, hoặc --unit MÃ trên dòng lệnh).</source>
      <translation>The table has no Chi đoàn (branch) column: choose the unit that receives these members (the “Receiving unit” box when importing, or --unit CODE on the command line).</translation>
    </message>
    <message>
      <source>Bảng theo dõi hiện ra khi đơn vị của máy này có đơn vị trực thuộc (màn hình «Đơn vị»).</source>
      <translation>The tracking table appears once this computer's unit has subordinate units (the “Units” screen).</translation>
    </message>
    <message>
      <source>Bảng tính</source>
      <translation>Spreadsheet</translation>
    </message>
    <message>
      <source>Bảng tính (*.xlsx *.xls *.ods);;Mọi tệp (*)</source>
      <translation>Spreadsheets (*.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
      <source>Bảng tính Excel (*.xlsx)</source>
      <translation>Excel spreadsheets (*.xlsx)</translation>
    </message>
    <message>
      <source>Bảng tính theo mẫu (.xlsx), Aiken (.txt), GIFT hoặc Moodle XML (.xml)</source>
      <translation>A spreadsheet from the template (.xlsx), Aiken (.txt), GIFT or Moodle XML (.xml)</translation>
    </message>
    <message>
      <source>Bảng {table} có {count} dòng trỏ tới bản ghi không còn trong bảng {parent}.</source>
      <translation>Table {table} has {count} rows pointing to records no longer in table {parent}.</translation>
    </message>
    <message numerus="yes">
      <source>Bảng «{table}» không có trong chương trình này (%n dòng).</source>
      <translation>
        <numerusform>The table “{table}” does not exist in this program (%n row).</numerusform>
        <numerusform>The table “{table}” does not exist in this program (%n rows).</numerusform>
      </translation>
    </message>
    <message>
      <source>Bấm (hoặc Enter) để đến chỗ cần sửa</source>
      <translation>Click (or press Enter) to go to what needs fixing</translation>
    </message>
    <message>
      <source>Bấm «Xem trước» để xem báo cáo đúng như khi in.</source>
      <translation>Click “Preview” to see the report exactly as it will print.</translation>
    </message>
    <message>
      <source>Bấm «Ở lại» rồi «Ghi kết quả» để lưu.</source>
      <translation>Click “Stay”, then “Save results” to keep them.</translation>
    </message>
    <message>
      <source>Bấm để sắp xếp theo cột «{column}»</source>
      <translation>Click to sort by “{column}”</translation>
    </message>
    <message>
      <source>Bắt đầu làm bài</source>
      <translation>Start the test</translation>
    </message>
    <message>
      <source>Bằng mật khẩu</source>
      <translation>With a passphrase</translation>
    </message>
    <message>
      <source>Bỏ</source>
      <translation>Remove</translation>
    </message>
    <message numerus="yes">
      <source>Bỏ %n người đã đánh dấu mà chưa ghi?</source>
      <translation>
        <numerusform>Discard %n ticked person without recording?</numerusform>
        <numerusform>Discard %n ticked people without recording?</numerusform>
      </translation>
    </message>
    <message>
      <source>Bỏ chọn của đơn vị</source>
      <translation>Clear the unit's selection</translation>
    </message>
    <message>
      <source>Bỏ dữ liệu cá nhân nhạy cảm (CCCD, điện thoại, tôn giáo, dân tộc)</source>
      <translation>Leave out sensitive personal data (citizen ID, phone, religion, ethnicity)</translation>
    </message>
    <message>
      <source>Bỏ liên kết: dòng này sẽ không được ghi</source>
      <translation>Remove the link: this row will not be saved</translation>
    </message>
    <message>
      <source>Bỏ mời</source>
      <translation>Uninvite</translation>
    </message>
    <message numerus="yes">
      <source>Bỏ mời %n người được mời thêm?</source>
      <translation>
        <numerusform>Uninvite %n person invited by hand?</numerusform>
        <numerusform>Uninvite %n people invited by hand?</numerusform>
      </translation>
    </message>
    <message>
      <source>Bỏ mời {name}?</source>
      <translation>Uninvite {name}?</translation>
    </message>
    <message>
      <source>Bỏ những người được mời thêm (phím Delete trong bảng)</source>
      <translation>Remove the people invited by hand (Delete key in the table)</translation>
    </message>
    <message>
      <source>Bỏ qua</source>
      <translation>Skipped</translation>
    </message>
    <message numerus="yes">
      <source>Bỏ qua %n câu lỗi, chỉ nhập các câu hợp lệ</source>
      <translation>
        <numerusform>Skip %n faulty question, import only the valid ones</numerusform>
        <numerusform>Skip %n faulty questions, import only the valid ones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bỏ qua %n câu lỗi.</source>
      <translation>
        <numerusform>Skipped %n faulty question.</numerusform>
        <numerusform>Skipped %n faulty questions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bỏ qua %n dòng không đánh dấu có mặt.</source>
      <translation>
        <numerusform>Skipped %n row not marked present.</numerusform>
        <numerusform>Skipped %n rows not marked present.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bỏ qua %n dòng lỗi.</source>
      <translation>
        <numerusform>Skipped %n row with errors.</numerusform>
        <numerusform>Skipped %n rows with errors.</numerusform>
      </translation>
    </message>
    <message>
      <source>Bỏ qua câu lỗi</source>
      <translation>Skip faulty questions</translation>
    </message>
    <message>
      <source>Bỏ thay đổi</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Bỏ và đóng</source>
      <translation>Discard and close</translation>
    </message>
    <message>
      <source>Bỏ xác nhận tất cả</source>
      <translation>Unconfirm all</translation>
    </message>
    <message>
      <source>Bỏ, không ghi</source>
      <translation>Discard, don't record</translation>
    </message>
    <message>
      <source>CCCD</source>
      <translation>Citizen ID</translation>
    </message>
    <message>
      <source>CHƯA tin cậy</source>
      <translation>NOT trusted</translation>
    </message>
    <message>
      <source>CHƯA ĐẠT</source>
      <translation>NOT PASSED</translation>
    </message>
    <message>
      <source>Camera bị lỗi</source>
      <translation>Camera error</translation>
    </message>
    <message>
      <source>Camera bị lỗi: {description}</source>
      <translation>Camera error: {description}</translation>
    </message>
    <message>
      <source>Chi tiết</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Chi đoàn</source>
      <translation>Branch</translation>
    </message>
    <message>
      <source>Chi đoàn đã chọn không tồn tại.</source>
      <translation>The selected branch does not exist.</translation>
    </message>
    <message>
      <source>Chi đoàn:</source>
      <translation>Branch:</translation>
    </message>
    <message>
      <source>Chia sẻ</source>
      <translation>Shares</translation>
    </message>
    <message>
      <source>Chiều</source>
      <translation>Afternoon</translation>
    </message>
    <message>
      <source>Cho vào (F2)</source>
      <translation>Let in (F2)</translation>
    </message>
    <message>
      <source>Cho đơn vị nhận đã đăng ký khóa:</source>
      <translation>For a receiving unit whose key is registered:</translation>
    </message>
    <message>
      <source>Chuyên đề</source>
      <translation>Topic</translation>
    </message>
    <message numerus="yes">
      <source>Chuyển %n người đã chọn đến điểm cầu:</source>
      <translation>
        <numerusform>Move %n selected person to the bridge point:</numerusform>
        <numerusform>Move %n selected people to the bridge point:</numerusform>
      </translation>
    </message>
    <message>
      <source>Chuyển lên trên (mức cao hơn)</source>
      <translation>Move up (higher grade)</translation>
    </message>
    <message>
      <source>Chuyển xuống dưới (mức thấp hơn)</source>
      <translation>Move down (lower grade)</translation>
    </message>
    <message>
      <source>Chuyển {name} đến điểm cầu:</source>
      <translation>Move {name} to the bridge point:</translation>
    </message>
    <message>
      <source>Chuyển điểm &amp;cầu…</source>
      <translation>Move to &amp;bridge point…</translation>
    </message>
    <message>
      <source>Chuyển điểm cầu</source>
      <translation>Move to bridge point</translation>
    </message>
    <message>
      <source>Chuỗi cuộc giao ban, mỗi cuộc do một đơn vị đăng cai và nhận cờ luân lưu.</source>
      <translation>A series of briefings, each hosted by a unit that receives the rotating flag.</translation>
    </message>
    <message>
      <source>Chào mừng đến với DoanDesk</source>
      <translation>Welcome to DoanDesk</translation>
    </message>
    <message>
      <source>Chúc mừng bạn! Có thể in giấy chứng nhận ngay.</source>
      <translation>Congratulations! You can print your certificate now.</translation>
    </message>
    <message>
      <source>Chưa</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <source>Chưa cho biết mã hội nghị.</source>
      <translation>No conference code was given.</translation>
    </message>
    <message>
      <source>Chưa cho điểm: {criteria}.</source>
      <translation>Not scored yet: {criteria}.</translation>
    </message>
    <message>
      <source>Chưa chấm</source>
      <translation>Not marked</translation>
    </message>
    <message>
      <source>Chưa chọn chi đoàn.</source>
      <translation>No branch selected.</translation>
    </message>
    <message>
      <source>Chưa chọn gói nào.
Bấm «Chọn tệp gói…», hoặc «Chọn thư mục…» để đọc mọi gói trong một thư mục (ví dụ trên USB).</source>
      <translation>No package chosen yet.
Click “Choose package files…”, or “Choose folder…” to read every package in a folder (on a USB stick, for example).</translation>
    </message>
    <message>
      <source>Chưa chọn ngân hàng câu hỏi.</source>
      <translation>No question bank chosen.</translation>
    </message>
    <message>
      <source>Chưa chọn người thi: gõ họ tên rồi nhấn Enter để chọn.</source>
      <translation>No person chosen: type the name, then press Enter to choose.</translation>
    </message>
    <message>
      <source>Chưa chọn phần nào của gói.</source>
      <translation>No part of the package has been chosen.</translation>
    </message>
    <message>
      <source>Chưa chọn thư mục</source>
      <translation>No folder chosen</translation>
    </message>
    <message>
      <source>Chưa chọn tệp</source>
      <translation>No file chosen</translation>
    </message>
    <message>
      <source>Chưa chọn đơn vị báo cáo (hoặc đơn vị đã bị xóa).</source>
      <translation>No reporting unit chosen (or the unit has been deleted).</translation>
    </message>
    <message>
      <source>Chưa chọn đơn vị thu thập câu hỏi (hoặc đơn vị đã bị xóa).</source>
      <translation>No unit collecting the question chosen (or the unit has been deleted).</translation>
    </message>
    <message>
      <source>Chưa chọn đủ {min}–{max} câu</source>
      <translation>Fewer than {min}–{max} questions chosen</translation>
    </message>
    <message>
      <source>Chưa chọn đủ {min}–{max} câu (mới {chosen})</source>
      <translation>Fewer than {min}–{max} questions chosen ({chosen} so far)</translation>
    </message>
    <message>
      <source>Chưa cài đặt gửi thư (máy chủ thư, địa chỉ nhận) trên máy này: dùng «Mở chương trình thư» bên dưới.</source>
      <translation>Sending mail (mail server, recipient address) is not set up on this computer: use “Open the mail program” below.</translation>
    </message>
    <message>
      <source>Chưa có ai phải nộp bài.</source>
      <translation>Nobody has to hand in an essay yet.</translation>
    </message>
    <message>
      <source>Chưa có ai được mời.</source>
      <translation>Nobody has been invited yet.</translation>
    </message>
    <message>
      <source>Chưa có ai được mời.
Thêm thành phần được mời ở thẻ «Thành phần» rồi lưu (Ctrl+S): người được mời là người phải nộp bài thu hoạch.</source>
      <translation>Nobody is invited yet.
Add invitees on the “Invitees” tab, then save (Ctrl+S): the people invited are the ones who must hand in an essay.</translation>
    </message>
    <message>
      <source>Chưa có buổi</source>
      <translation>No sessions yet</translation>
    </message>
    <message>
      <source>Chưa có buổi nào: thêm ở thẻ «Buổi &amp; chuyên đề».</source>
      <translation>No sessions yet: add them on the “Sessions &amp; topics” tab.</translation>
    </message>
    <message>
      <source>Chưa có bài kiểm tra</source>
      <translation>No test yet</translation>
    </message>
    <message>
      <source>Chưa có bài kiểm tra: chọn ngân hàng câu hỏi rồi lưu cài đặt.</source>
      <translation>No test yet: choose a question bank, then save the settings.</translation>
    </message>
    <message>
      <source>Chưa có bài nào có chữ để so sánh</source>
      <translation>No essay with text to compare yet</translation>
    </message>
    <message>
      <source>Chưa có bài nào.</source>
      <translation>No papers yet.</translation>
    </message>
    <message>
      <source>Chưa có bản sao lưu nào trong thư mục {folder}. Bấm «Sao lưu ngay» để tạo bản đầu tiên.</source>
      <translation>There are no backups in the folder {folder} yet. Click “Back up now” to make the first one.</translation>
    </message>
    <message>
      <source>Chưa có bản sao lưu nào: dữ liệu chỉ nằm trên máy này.</source>
      <translation>No backups yet: the data exists only on this computer.</translation>
    </message>
    <message>
      <source>Chưa có câu hỏi nào được chọn để gửi.</source>
      <translation>No question has been chosen for sending yet.</translation>
    </message>
    <message>
      <source>Chưa có câu hỏi nào.</source>
      <translation>There are no questions yet.</translation>
    </message>
    <message>
      <source>Chưa có cặp bài nào giống nhau từ {threshold}% trở lên</source>
      <translation>No pair of essays is {threshold}% or more alike</translation>
    </message>
    <message>
      <source>Chưa có gói nào được đơn vị nhận xác nhận: gói sẽ gồm toàn bộ.</source>
      <translation>No package has been acknowledged by the receiving unit yet: the package will hold everything.</translation>
    </message>
    <message>
      <source>Chưa có hội nghị nào do đơn vị này tổ chức</source>
      <translation>This unit has not organised any conference yet</translation>
    </message>
    <message>
      <source>Chưa có hội nghị nào.</source>
      <translation>No conferences yet.</translation>
    </message>
    <message>
      <source>Chưa có hội nghị nào. Tạo hội nghị ở màn hình Hội nghị.</source>
      <translation>No conferences yet. Create one on the Conferences screen.</translation>
    </message>
    <message>
      <source>Chưa có khóa của đơn vị nào. Nhập tệp khóa đơn vị đó gửi, hoặc đọc một gói của họ ở tab «Nhận gói».</source>
      <translation>No other unit's key yet. Import the key file that unit sent, or read one of their packages on the “Receive packages” tab.</translation>
    </message>
    <message>
      <source>Chưa có khóa mã hóa của đơn vị nhận: hãy nhập tệp khóa của đơn vị đó (doandesk keys trust TỆP).</source>
      <translation>There is no encryption key of the receiving unit yet: import that unit's key file (doandesk keys trust FILE).</translation>
    </message>
    <message>
      <source>Chưa có ngân hàng câu hỏi nào. Bấm «Nhập từ tệp…» để nhập bộ câu hỏi (bảng tính theo mẫu, Aiken, GIFT hoặc Moodle XML).</source>
      <translation>No question bank yet. Click “Import from file…” to import a set of questions (a spreadsheet from the template, Aiken, GIFT or Moodle XML).</translation>
    </message>
    <message>
      <source>Chưa có người liên hệ</source>
      <translation>No contact person yet</translation>
    </message>
    <message>
      <source>Chưa có điểm: {help}.</source>
      <translation>No score yet: {help}.</translation>
    </message>
    <message>
      <source>Chưa có đoàn viên nào trong «{scope}».</source>
      <translation>No members in “{scope}” yet.</translation>
    </message>
    <message>
      <source>Chưa có đoàn viên nào đạt bài kiểm tra.</source>
      <translation>No member has passed the test yet.</translation>
    </message>
    <message>
      <source>Chưa có đơn vị nhận nào: nhập tệp khóa của đơn vị đó ở tab «Đơn vị gửi / khóa».</source>
      <translation>No receiving unit yet: import that unit's key file on the “Senders / keys” tab.</translation>
    </message>
    <message>
      <source>Chưa gửi</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <source>Chưa gửi hay nhận gói nào trên máy này.</source>
      <translation>No packages sent or received on this computer yet.</translation>
    </message>
    <message>
      <source>Chưa gửi — quá hạn</source>
      <translation>Not sent — overdue</translation>
    </message>
    <message>
      <source>Chưa khai báo máy chủ gửi thư (SMTP) trong Cài đặt thư.</source>
      <translation>No outgoing mail server (SMTP) is set in the mail settings.</translation>
    </message>
    <message>
      <source>Chưa khai báo địa chỉ người gửi (dạng ten@mien) trong Cài đặt thư.</source>
      <translation>No sender address (name@domain) is set in the mail settings.</translation>
    </message>
    <message>
      <source>Chưa khai báo địa chỉ nhận gói trong Cài đặt thư.</source>
      <translation>No address to send packages to is set in the mail settings.</translation>
    </message>
    <message>
      <source>Chưa khớp</source>
      <translation>Unmatched</translation>
    </message>
    <message>
      <source>Chưa kiểm tra</source>
      <translation>Not tested</translation>
    </message>
    <message>
      <source>Chưa kiểm tra được.</source>
      <translation>The check could not be run.</translation>
    </message>
    <message>
      <source>Chưa kết thúc</source>
      <translation>Not ended</translation>
    </message>
    <message numerus="yes">
      <source>Chưa lưu được: %n lỗi cần sửa (bấm vào từng dòng để đến chỗ đó).</source>
      <translation>
        <numerusform>Not saved: %n error to fix (click a line to go to it).</numerusform>
        <numerusform>Not saved: %n errors to fix (click a line to go to it).</numerusform>
      </translation>
    </message>
    <message>
      <source>Chưa lưu được: cần sửa lỗi dưới đây.</source>
      <translation>Not saved: fix the error below.</translation>
    </message>
    <message numerus="yes">
      <source>Chưa lưu: %n lỗi, xem dưới từng phần.</source>
      <translation>
        <numerusform>Not saved: %n error, see under each part.</numerusform>
        <numerusform>Not saved: %n errors, see under each part.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Chưa lưu: %n lỗi, xem dưới từng ô.</source>
      <translation>
        <numerusform>Not saved: %n error, see below the field.</numerusform>
        <numerusform>Not saved: %n errors, see below each field.</numerusform>
      </translation>
    </message>
    <message>
      <source>Chưa lưu: xem lỗi dưới ô.</source>
      <translation>Not saved: see the error below the field.</translation>
    </message>
    <message>
      <source>Chưa lưu: xem lỗi ở trên.</source>
      <translation>Not saved: see the error above.</translation>
    </message>
    <message>
      <source>Chưa lấy số</source>
      <translation>No number yet</translation>
    </message>
    <message>
      <source>Chưa lấy số thì bản in để trống chỗ ghi số, để ghi tay. Số lấy theo thứ tự trong năm và giữ luôn cho báo cáo.</source>
      <translation>Without a number, the printout leaves the number blank to be written by hand. Numbers follow the year's sequence and stay with the report.</translation>
    </message>
    <message>
      <source>Chưa nhập gói này, nên chưa lập biên nhận được.</source>
      <translation>This package has not been imported, so no receipt can be made yet.</translation>
    </message>
    <message>
      <source>Chưa nhập được gói nào</source>
      <translation>No package was imported</translation>
    </message>
    <message>
      <source>Chưa nộp</source>
      <translation>Not handed in</translation>
    </message>
    <message>
      <source>Chưa sao lưu tự động được: {error}</source>
      <translation>The automatic backup could not be made: {error}</translation>
    </message>
    <message>
      <source>Chưa thi được</source>
      <translation>Cannot take the test</translation>
    </message>
    <message>
      <source>Chưa thiết lập</source>
      <translation>Not set up</translation>
    </message>
    <message>
      <source>Chưa thiết lập đơn vị của máy này. Hãy làm bước thiết lập ban đầu (hoặc chạy: doandesk units import TỆP --home MÃ).</source>
      <translation>This computer's unit has not been set up yet. Complete the initial setup (or run: doandesk units import FILE --home CODE).</translation>
    </message>
    <message>
      <source>Chưa tin cậy</source>
      <translation>Not trusted</translation>
    </message>
    <message>
      <source>Chưa trả lời</source>
      <translation>Not answered</translation>
    </message>
    <message>
      <source>Chưa xem</source>
      <translation>Not reviewed</translation>
    </message>
    <message>
      <source>Chưa xem trước được tệp này. Bấm «Quay lại» để chọn tệp khác.</source>
      <translation>This file could not be previewed. Click “Back” to choose another file.</translation>
    </message>
    <message>
      <source>Chưa xếp điểm cầu</source>
      <translation>No bridge point assigned</translation>
    </message>
    <message>
      <source>Chưa đánh dấu ai đã ký: gõ số thứ tự hoặc tìm tên để đánh dấu.</source>
      <translation>Nobody is ticked as signed yet: type row numbers or find a name to tick.</translation>
    </message>
    <message>
      <source>Chưa đơn vị nào báo cáo.</source>
      <translation>No unit has reported yet.</translation>
    </message>
    <message>
      <source>Chưa được (tệp khóa cũ, thiếu khóa mã hóa)</source>
      <translation>Not possible (old key file, no encryption key)</translation>
    </message>
    <message>
      <source>Chưa đạt</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <source>Chưa đạt bài kiểm tra nên chưa cấp được giấy chứng nhận: {names}</source>
      <translation>Not passed the test, so no certificate can be issued: {names}</translation>
    </message>
    <message>
      <source>Chưa đến</source>
      <translation>Not arrived</translation>
    </message>
    <message>
      <source>Chưa đến hạn</source>
      <translation>Not due yet</translation>
    </message>
    <message>
      <source>Chưa đến: {count}</source>
      <translation>Not yet arrived: {count}</translation>
    </message>
    <message>
      <source>Chương trình (chuyên đề) buổi {session}</source>
      <translation>Programme (topics) of session {session}</translation>
    </message>
    <message>
      <source>Chương trình (chuyên đề) của buổi</source>
      <translation>Programme (topics) of the session</translation>
    </message>
    <message>
      <source>Chương trình kèm các phông chữ {fonts}, dùng cho giao diện và các văn bản PDF, theo giấy phép dưới đây.</source>
      <translation>The program includes the fonts {fonts}, used for the interface and the PDF documents, under the licences below.</translation>
    </message>
    <message>
      <source>Chấm bài thu hoạch</source>
      <translation>Mark essay</translation>
    </message>
    <message>
      <source>Chấm bài thu hoạch — {name}</source>
      <translation>Mark essay — {name}</translation>
    </message>
    <message>
      <source>Chấm bài thu hoạch</source>
      <comment>table</comment>
      <translation>Essay marks</translation>
    </message>
    <message>
      <source>Chấm hai vòng độc lập</source>
      <translation>Two independent markings</translation>
    </message>
    <message>
      <source>Chấm độc lập: kết quả của người chấm {other} chỉ hiện sau khi đồng chí lưu điểm của mình.</source>
      <translation>Independent marking: marker {other}'s result is shown only after you save your own mark.</translation>
    </message>
    <message>
      <source>Chế độ bảo mật thư phải là starttls, ssl hoặc none: hãy sửa trong Cài đặt thư.</source>
      <translation>The mail security mode must be starttls, ssl or none: correct it in the mail settings.</translation>
    </message>
    <message>
      <source>Chỉ các thay đổi từ lần gửi đã có biên nhận</source>
      <translation>Only the changes since the last package with a receipt</translation>
    </message>
    <message>
      <source>Chỉ hội nghị loại «Đối thoại trực tuyến» mới có câu hỏi và báo cáo đối thoại.</source>
      <translation>Only conferences of the kind «Online dialogue» have dialogue questions and reports.</translation>
    </message>
    <message>
      <source>Chỉ máy của đơn vị được chọn mở được gói; không cần mật khẩu.</source>
      <translation>Only the chosen unit's computer can open the package; no passphrase needed.</translation>
    </message>
    <message>
      <source>Chỉ người giữ chức vụ:</source>
      <translation>Only holders of these positions:</translation>
    </message>
    <message>
      <source>Chỉ nhập các dòng hợp lệ</source>
      <translation>Import only the valid rows</translation>
    </message>
    <message>
      <source>Chỉ nhập các dòng hợp lệ ({valid}), bỏ qua {invalid}</source>
      <translation>Import only the valid rows ({valid}), skip {invalid}</translation>
    </message>
    <message>
      <source>Chỉ nhập dữ liệu từ đơn vị có khóa đã tin cậy. Trước khi tin cậy, gọi điện cho đơn vị đó và so từng nhóm bốn ký tự của dấu vân tay.</source>
      <translation>Data is imported only from units whose key is trusted. Before trusting a key, phone that unit and compare the fingerprint group by group (four characters each).</translation>
    </message>
    <message>
      <source>Chỉ tiêu kiểm tra nhận thức phải từ 0 đến 100%.</source>
      <translation>The awareness test target must be between 0 and 100%.</translation>
    </message>
    <message>
      <source>Chỉ tiêu kiểm tra nhận thức:</source>
      <translation>Awareness test target:</translation>
    </message>
    <message>
      <source>Chỉ xóa được đơn vị không còn đơn vị trực thuộc và không còn đoàn viên.</source>
      <translation>Only a unit with no units under it and no members left can be deleted.</translation>
    </message>
    <message>
      <source>Chọn</source>
      <translation>Choose</translation>
    </message>
    <message>
      <source>Chọn &amp;đoàn viên…</source>
      <translation>Choose &amp;member…</translation>
    </message>
    <message>
      <source>Chọn USB hoặc thư mục để lưu bản sao lưu</source>
      <translation>Choose a USB drive or folder for the backup</translation>
    </message>
    <message>
      <source>Chọn biên nhận</source>
      <translation>Choose receipts</translation>
    </message>
    <message>
      <source>Chọn bản sao lưu</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <source>Chọn câu hỏi gửi</source>
      <translation>Select questions to send</translation>
    </message>
    <message>
      <source>Chọn giấy chứng nhận (PDF hoặc ảnh)</source>
      <translation>Choose a certificate (PDF or image)</translation>
    </message>
    <message>
      <source>Chọn gói báo cáo</source>
      <translation>Choose report packages</translation>
    </message>
    <message>
      <source>Chọn loại hội nghị:</source>
      <translation>Choose the kind of conference:</translation>
    </message>
    <message>
      <source>Chọn một mức xếp loại.</source>
      <translation>Choose a grade.</translation>
    </message>
    <message>
      <source>Chọn một tài liệu để xem mã QR.</source>
      <translation>Select a material to see its QR code.</translation>
    </message>
    <message>
      <source>Chọn một đáp án (phím 1–{count} hoặc A–{last}). ← → để chuyển câu.</source>
      <translation>Choose one answer (keys 1–{count} or A–{last}). ← → to move between questions.</translation>
    </message>
    <message>
      <source>Chọn ngân hàng câu hỏi để chia số câu theo chủ đề.</source>
      <translation>Choose a question bank to split the questions by topic.</translation>
    </message>
    <message>
      <source>Chọn nơi lưu tệp</source>
      <translation>Choose where to save the file</translation>
    </message>
    <message>
      <source>Chọn thư mục</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <source>Chọn thư mục bài thu hoạch</source>
      <translation>Choose the essay folder</translation>
    </message>
    <message>
      <source>Chọn thư mục chứa các tệp bài thu hoạch (.docx, .pdf, .txt, ảnh chụp), mỗi người một tệp &lt;b&gt;đặt tên theo họ tên người viết&lt;/b&gt;, ví dụ «BTH_NguyenVanAn.docx» hay «Nguyễn Văn An - Chi đoàn ấp 3.pdf». DoanDesk ghép từng tệp với người được mời và cho xem trước; chưa ghi gì cho đến khi bạn bấm «Nhập».</source>
      <translation>Choose the folder that holds the essay files (.docx, .pdf, .txt, photos), one file per person &lt;b&gt;named after the writer's full name&lt;/b&gt;, for example “BTH_NguyenVanAn.docx” or “Nguyễn Văn An - Chi đoàn ấp 3.pdf”. DoanDesk matches each file with an invitee and shows you a preview; nothing is recorded until you click “Import”.</translation>
    </message>
    <message>
      <source>Chọn thư mục có gói báo cáo</source>
      <translation>Choose a folder with report packages</translation>
    </message>
    <message>
      <source>Chọn thư mục lưu bản sao lưu</source>
      <translation>Choose the folder for backups</translation>
    </message>
    <message>
      <source>Chọn thư mục lưu giấy chứng nhận (mỗi người một tệp PDF)</source>
      <translation>Choose a folder for the certificates (one PDF file per person)</translation>
    </message>
    <message>
      <source>Chọn thư mục để ghi gói báo cáo</source>
      <translation>Choose a folder to write the report package to</translation>
    </message>
    <message>
      <source>Chọn thư mục để lưu các biên nhận</source>
      <translation>Choose a folder to save the receipts in</translation>
    </message>
    <message>
      <source>Chọn thư mục…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <source>Chọn tất cả các đáp án đúng (phím 1–{count} hoặc A–{last}; chọn lại để bỏ).</source>
      <translation>Choose all correct answers (keys 1–{count} or A–{last}; choose again to undo).</translation>
    </message>
    <message>
      <source>Chọn tệp &amp;PDF hoặc ảnh…</source>
      <translation>Choose a &amp;PDF or image file…</translation>
    </message>
    <message>
      <source>Chọn tệp bài của người đang chọn (cũng có thể kéo thả tệp vào dòng)</source>
      <translation>Choose the essay file of the selected person (you can also drag and drop the file onto the row)</translation>
    </message>
    <message>
      <source>Chọn tệp bài thu hoạch của {name}</source>
      <translation>Choose {name}'s essay file</translation>
    </message>
    <message>
      <source>Chọn tệp bảng tính (.xlsx, .xls, .ods) có một dòng tiêu đề với ít nhất một cột &lt;b&gt;Họ và tên&lt;/b&gt;, &lt;b&gt;Mã thẻ&lt;/b&gt;, &lt;b&gt;Số thẻ&lt;/b&gt; hoặc &lt;b&gt;Số điện thoại&lt;/b&gt;. Nếu có cột &lt;b&gt;Có mặt&lt;/b&gt; (x, có, 1…), chỉ những dòng được đánh dấu được tính; cột &lt;b&gt;Giờ đến&lt;/b&gt; cho biết ai đến muộn. DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Ghi điểm danh».</source>
      <translation>Choose a spreadsheet (.xlsx, .xls, .ods) with a header row and at least one of the columns &lt;b&gt;Họ và tên&lt;/b&gt; (full name), &lt;b&gt;Mã thẻ&lt;/b&gt; (card code), &lt;b&gt;Số thẻ&lt;/b&gt; (card number) or &lt;b&gt;Số điện thoại&lt;/b&gt; (phone number). If there is a &lt;b&gt;Có mặt&lt;/b&gt; (present) column (x, có, 1…), only the rows marked in it count; a &lt;b&gt;Giờ đến&lt;/b&gt; (arrival time) column tells who was late. DoanDesk shows a preview and records nothing until you click “Record attendance”.</translation>
    </message>
    <message>
      <source>Chọn tệp câu hỏi</source>
      <translation>Choose a question file</translation>
    </message>
    <message>
      <source>Chọn tệp danh sách đoàn viên</source>
      <translation>Choose the member list file</translation>
    </message>
    <message>
      <source>Chọn tệp danh sách đơn vị</source>
      <translation>Choose the unit list file</translation>
    </message>
    <message>
      <source>Chọn tệp danh sách đơn vị (.xlsx, .xls, .ods) có các cột &lt;b&gt;Mã đơn vị&lt;/b&gt;, &lt;b&gt;Tên đơn vị&lt;/b&gt;, &lt;b&gt;Cấp&lt;/b&gt; và &lt;b&gt;Đơn vị cấp trên&lt;/b&gt; (mã). DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Nhập».</source>
      <translation>Choose the unit list file (.xlsx, .xls, .ods) with the columns &lt;b&gt;Mã đơn vị&lt;/b&gt; (code), &lt;b&gt;Tên đơn vị&lt;/b&gt; (name), &lt;b&gt;Cấp&lt;/b&gt; (level) and &lt;b&gt;Đơn vị cấp trên&lt;/b&gt; (code of the parent unit). DoanDesk shows a preview and writes nothing until you click “Import”.</translation>
    </message>
    <message>
      <source>Chọn tệp gói…</source>
      <translation>Choose package files…</translation>
    </message>
    <message>
      <source>Chọn tệp khóa của đơn vị khác</source>
      <translation>Choose another unit's key file</translation>
    </message>
    <message>
      <source>Chọn tệp kết quả (xuất từ ứng dụng Thanh niên Việt Nam, danh sách của đơn vị khác, kết quả thi giấy gõ lại…). Cần một dòng tiêu đề có cột &lt;b&gt;Họ và tên&lt;/b&gt; (hoặc &lt;b&gt;Số điện thoại&lt;/b&gt;) và cột &lt;b&gt;Điểm&lt;/b&gt; (hoặc &lt;b&gt;Số câu đúng&lt;/b&gt;). DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Ghi kết quả».</source>
      <translation>Choose a results file (exported from the Thanh niên Việt Nam app, another unit’s list, paper results typed in…). It needs a header row with a &lt;b&gt;Họ và tên&lt;/b&gt; (or &lt;b&gt;Số điện thoại&lt;/b&gt;) column and a &lt;b&gt;Điểm&lt;/b&gt; (or &lt;b&gt;Số câu đúng&lt;/b&gt;) column. DoanDesk shows a preview and saves nothing until you click “Save results”.</translation>
    </message>
    <message>
      <source>Chọn tệp kết quả kiểm tra</source>
      <translation>Choose a test results file</translation>
    </message>
    <message>
      <source>Chọn tệp sao lưu khác…</source>
      <translation>Choose another backup file…</translation>
    </message>
    <message>
      <source>Chọn tệp điểm danh</source>
      <translation>Choose attendance file</translation>
    </message>
    <message>
      <source>Chọn tệp…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>Chọn ít nhất một chức vụ phải nộp bài (hoặc chọn «Mọi người được mời»).</source>
      <translation>Choose at least one position that must hand in an essay (or choose “Everyone invited”).</translation>
    </message>
    <message>
      <source>Chọn đoàn viên</source>
      <translation>Choose member</translation>
    </message>
    <message>
      <source>Chọn đoàn viên trong danh sách để mời (phím Insert trong bảng)</source>
      <translation>Choose members from the roster to invite (Insert key in the table)</translation>
    </message>
    <message>
      <source>Chọn đoàn viên…</source>
      <translation>Choose member…</translation>
    </message>
    <message>
      <source>Chọn đơn vị (phạm vi) của quy tắc mời.</source>
      <translation>Choose the unit (scope) of the invitation rule.</translation>
    </message>
    <message>
      <source>Chọn đơn vị báo cáo.</source>
      <translation>Choose the reporting unit.</translation>
    </message>
    <message>
      <source>Chọn…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Chốt điểm danh</source>
      <comment>table</comment>
      <translation>Attendance closings</translation>
    </message>
    <message>
      <source>Chủ đề</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Chủ đề (số câu)</source>
      <translation>Topics (questions)</translation>
    </message>
    <message>
      <source>Chủ đề «{topic}» chỉ có {available} câu, không đủ {quota} câu.</source>
      <translation>Topic «{topic}» has only {available} questions, not enough for {quota}.</translation>
    </message>
    <message>
      <source>Chủ đề:</source>
      <translation>Topic:</translation>
    </message>
    <message>
      <source>Chủ đề: {topics}</source>
      <translation>Topics: {topics}</translation>
    </message>
    <message>
      <source>Chủ đề: {topic}</source>
      <translation>Topic: {topic}</translation>
    </message>
    <message>
      <source>Chức vụ</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Chức vụ không có: {positions}.</source>
      <translation>Unknown positions: {positions}.</translation>
    </message>
    <message>
      <source>Chức vụ không hợp lệ.</source>
      <translation>Invalid position.</translation>
    </message>
    <message>
      <source>Chức vụ người ký:</source>
      <translation>Signer's position:</translation>
    </message>
    <message>
      <source>Chức vụ:</source>
      <translation>Position:</translation>
    </message>
    <message>
      <source>Chức vụ:</source>
      <comment>rule</comment>
      <translation>Positions:</translation>
    </message>
    <message>
      <source>Chứng chỉ bảo mật của máy chủ thư {host} không hợp lệ{reason}: kiểm tra tên máy chủ (phải đúng tên ghi trong chứng chỉ) và ngày giờ của máy tính.</source>
      <translation>The security certificate of the mail server {host} is not valid{reason}: check the server name (it must be the name written in the certificate) and the computer's date and time.</translation>
    </message>
    <message>
      <source>Chữ ký của gói không đúng: gói đã bị sửa sau khi ký.</source>
      <translation>The package's signature is wrong: the package was altered after it was signed.</translation>
    </message>
    <message>
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Cài đặt bài kiểm tra</source>
      <translation>Test settings</translation>
    </message>
    <message>
      <source>Cài đặt bài kiểm tra chưa lưu</source>
      <translation>Test settings not saved</translation>
    </message>
    <message>
      <source>Cài đặt bài kiểm tra nhận thức chưa được lưu. Bỏ các thay đổi đó?</source>
      <translation>The awareness test settings have not been saved. Discard those changes?</translation>
    </message>
    <message>
      <source>Cài đặt…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <source>Các buổi</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>Các buổi, điểm cầu, danh sách mời, tài liệu và các hạn của hội nghị cũng bị xóa. DoanDesk vẫn ghi nhận việc xóa để báo cho đơn vị cấp trên.</source>
      <translation>The conference's sessions, bridge points, invitation list, materials and deadlines are deleted too. DoanDesk still records the deletion to report it to the higher-level unit.</translation>
    </message>
    <message>
      <source>Các bản sao lưu trong thư mục</source>
      <translation>Backups in the folder</translation>
    </message>
    <message>
      <source>Các bảng số liệu của báo cáo, mỗi bảng một trang tính</source>
      <translation>The report's tables of figures, one sheet per table</translation>
    </message>
    <message>
      <source>Các câu đã trả lời đều đã được lưu. Khi mở lại màn hình thi và quét thẻ (hoặc tìm tên), bài làm tiếp tục với thời gian còn lại ({remaining}); thời gian không chạy trong lúc màn hình đóng.</source>
      <translation>All answers given are saved. When the test screen is opened again and the card scanned (or the name searched for), the test continues with the time left ({remaining}); the clock does not run while the screen is closed.</translation>
    </message>
    <message>
      <source>Các cặp bài giống nhau</source>
      <translation>Similar pairs of essays</translation>
    </message>
    <message>
      <source>Các dòng</source>
      <translation>Rows</translation>
    </message>
    <message>
      <source>Các dòng ({count})</source>
      <translation>Rows ({count})</translation>
    </message>
    <message>
      <source>Các ngân hàng câu hỏi</source>
      <translation>Question banks</translation>
    </message>
    <message>
      <source>Các phần của gói {name} ghép lại không khớp mã kiểm tra của gói: có phần bị hỏng, hãy lấy lại các phần.</source>
      <translation>The parts of the package {name} joined together do not match the package's checksum: a part is damaged; get the parts again.</translation>
    </message>
    <message>
      <source>Các tệp đã chọn không cùng một gói ({packages}): hãy chọn đúng các phần của một gói.</source>
      <translation>The chosen files do not belong to one package ({packages}): choose the parts of a single package.</translation>
    </message>
    <message>
      <source>Các điểm cầu</source>
      <translation>Bridge points</translation>
    </message>
    <message>
      <source>Các điểm cầu nhận tài liệu qua mã QR trỏ tới đường dẫn này.</source>
      <translation>The bridge points get the material through a QR code pointing to this link.</translation>
    </message>
    <message>
      <source>Các đơn vị trực thuộc đã gửi gói báo cáo cho từng hội nghị do đơn vị này tổ chức chưa. Hạn gửi là việc «Hạn nộp báo cáo» của hội nghị (di chuột lên ô để xem).</source>
      <translation>Whether the subordinate units have sent their report package for each conference this unit organises. The deadline is the conference's “Report deadline” task (hover over a cell to see it).</translation>
    </message>
    <message>
      <source>Cách chấm:</source>
      <translation>Marking:</translation>
    </message>
    <message>
      <source>Cách trình bày &amp;văn bản…</source>
      <translation>&amp;Document layout…</translation>
    </message>
    <message>
      <source>Cách trình bày văn bản</source>
      <translation>Document layout</translation>
    </message>
    <message>
      <source>Cách trình bày văn bản…</source>
      <translation>Document layout…</translation>
    </message>
    <message>
      <source>Câu chưa trả lời được tính là sai. Sau khi nộp không sửa được nữa.</source>
      <translation>Unanswered questions count as wrong. After submitting, nothing can be changed.</translation>
    </message>
    <message>
      <source>Câu hỏi</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Câu hỏi bị từ chối và cảnh báo</source>
      <translation>Refused questions and warnings</translation>
    </message>
    <message>
      <source>Câu hỏi các đơn vị thu thập</source>
      <translation>Questions collected by the units</translation>
    </message>
    <message>
      <source>Câu hỏi của ngân hàng «{name}»</source>
      <translation>Questions of the bank “{name}”</translation>
    </message>
    <message>
      <source>Câu hỏi không có trong đề.</source>
      <translation>The question is not in this test paper.</translation>
    </message>
    <message>
      <source>Câu hỏi đối thoại - {scope}.xlsx</source>
      <translation>Dialogue questions - {scope}.xlsx</translation>
    </message>
    <message>
      <source>Câu hỏi đối thoại</source>
      <comment>table</comment>
      <translation>Dialogue questions</translation>
    </message>
    <message>
      <source>Câu hỏi</source>
      <comment>table</comment>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Câu sau  →</source>
      <translation>Next  →</translation>
    </message>
    <message>
      <source>Câu trả lời</source>
      <comment>table</comment>
      <translation>Answers</translation>
    </message>
    <message>
      <source>Câu {number}/{total}</source>
      <translation>Question {number}/{total}</translation>
    </message>
    <message>
      <source>Cây đơn vị từ Tỉnh đoàn đến chi đoàn. Đơn vị của máy này được in đậm.</source>
      <translation>The unit tree from the provincial union down to the branches. This computer's unit is shown in bold.</translation>
    </message>
    <message numerus="yes">
      <source>Còn %n ngày</source>
      <translation>
        <numerusform>In %n day</numerusform>
        <numerusform>In %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Còn %n tiêu chí chưa chấm</source>
      <translation>
        <numerusform>%n criterion not scored yet</numerusform>
        <numerusform>%n criteria not scored yet</numerusform>
      </translation>
    </message>
    <message>
      <source>Còn thiếu</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Còn trống {space}. Gói được ghi rồi đọc lại để kiểm tra trước khi báo có thể rút USB.</source>
      <translation>{space} free. The package is written, then read back to check it, before you are told the USB stick can be removed.</translation>
    </message>
    <message>
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message numerus="yes">
      <source>Có %n bài đã gõ nhưng chưa ghi. Đóng và bỏ các bài này?</source>
      <translation>
        <numerusform>%n paper has been typed but not saved. Close and discard it?</numerusform>
        <numerusform>%n papers have been typed but not saved. Close and discard them?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n cảnh báo (vẫn nhập được).</source>
      <translation>
        <numerusform>There is %n warning (the file can still be imported).</numerusform>
        <numerusform>There are %n warnings (the file can still be imported).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n lỗi ở {rows} (xem thẻ «Vấn đề»). Sửa tệp rồi nhập lại, hoặc chỉ nhập các dòng hợp lệ.</source>
      <translation>
        <numerusform>There is %n error in {rows} (see the “Problems” tab). Fix the file and import it again, or import only the valid rows.</numerusform>
        <numerusform>There are %n errors in {rows} (see the “Problems” tab). Fix the file and import it again, or import only the valid rows.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n người khớp «{name}»: chọn đúng người (↑ ↓ rồi Enter ở ô họ tên).</source>
      <translation>
        <numerusform>%n person matches “{name}”: choose the right person (↑ ↓, then Enter in the name box).</numerusform>
        <numerusform>%n people match “{name}”: choose the right person (↑ ↓, then Enter in the name box).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n đoàn viên không còn trong danh sách (có thể đã bị xóa).</source>
      <translation>
        <numerusform>%n member is no longer on the roster (may have been deleted).</numerusform>
        <numerusform>%n members are no longer on the roster (may have been deleted).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Có &lt;b&gt;%n&lt;/b&gt; lỗi: chưa thể nhập. Hãy sửa tệp theo danh sách dưới đây rồi chọn lại tệp.</source>
      <translation>
        <numerusform>There is &lt;b&gt;%n&lt;/b&gt; error: the file cannot be imported yet. Correct the file using the list below, then choose it again.</numerusform>
        <numerusform>There are &lt;b&gt;%n&lt;/b&gt; errors: the file cannot be imported yet. Correct the file using the list below, then choose it again.</numerusform>
      </translation>
    </message>
    <message>
      <source>Có bản ghi bị từ chối: chọn gói để xem lý do.</source>
      <translation>Some records were rejected: select the package to see why.</translation>
    </message>
    <message>
      <source>Có câu hỏi được chọn không thuộc đơn vị này hoặc đã bị xóa; hãy tải lại danh sách.</source>
      <translation>Some chosen questions do not belong to this unit or have been deleted; reload the list.</translation>
    </message>
    <message>
      <source>Có hai bản khác nhau của phần {index}/{count} của gói {name}: hãy giữ lại một bản.</source>
      <translation>There are two different copies of part {index}/{count} of the package {name}: keep only one.</translation>
    </message>
    <message>
      <source>Có hạn nộp:</source>
      <translation>Set a deadline:</translation>
    </message>
    <message>
      <source>Có mặt</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Có mặt
{session}</source>
      <translation>Present
{session}</translation>
    </message>
    <message>
      <source>Có mặt / dự kiến</source>
      <translation>Present / expected</translation>
    </message>
    <message>
      <source>Có mặt {present}/{expected}, vắng có phép {excused}, đến muộn {late}, ngoài danh sách {walk_ins}.</source>
      <translation>Present {present}/{expected}, excused {excused}, late {late}, walk-ins {walk_ins}.</translation>
    </message>
    <message>
      <source>Có mặt {present}/{invited} ({rate})</source>
      <translation>Present {present}/{invited} ({rate})</translation>
    </message>
    <message>
      <source>Có mặt {time}</source>
      <translation>Present {time}</translation>
    </message>
    <message>
      <source>Có mặt ít
nhất 1 buổi</source>
      <translation>Present at
least 1 session</translation>
    </message>
    <message>
      <source>Có mặt ít nhất một buổi / được mời&lt;br&gt;Vắng có phép: &lt;b&gt;{excused}&lt;/b&gt;</source>
      <translation>Present at one session or more / invited&lt;br&gt;Excused: &lt;b&gt;{excused}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Có nhiều đơn vị tên «{name}» ({where}); hãy ghi thêm cột Đoàn cơ sở.</source>
      <translation>Several units are named “{name}” ({where}); add a Đoàn cơ sở (grassroots union) column.</translation>
    </message>
    <message>
      <source>Có thay đổi chưa lưu (Ctrl+S để lưu)</source>
      <translation>There are unsaved changes (Ctrl+S to save)</translation>
    </message>
    <message>
      <source>Có thay đổi chưa lưu vào bản nháp.</source>
      <translation>There are changes not saved to the draft.</translation>
    </message>
    <message>
      <source>Có thay đổi chưa lưu.</source>
      <translation>There are unsaved changes.</translation>
    </message>
    <message>
      <source>Có thể là</source>
      <translation>Could be</translation>
    </message>
    <message>
      <source>Có thể quét thẻ lại khi người này đến.</source>
      <translation>The card can be scanned again when this person arrives.</translation>
    </message>
    <message>
      <source>Có {count} lỗi, chưa lưu gì:
</source>
      <translation>{count} errors, nothing was saved:
</translation>
    </message>
    <message>
      <source>Có {count} người: chọn đúng tên mình (↑ ↓ hoặc bấm chuột) rồi nhấn Enter.</source>
      <translation>{count} people found: choose your own name (↑ ↓ or click), then press Enter.</translation>
    </message>
    <message>
      <source>Có đoàn viên không còn trong danh sách (có thể đã bị xóa).</source>
      <translation>Some members are no longer on the roster (may have been deleted).</translation>
    </message>
    <message>
      <source>Cùng họ tên và ngày sinh với dòng {row} (khác số thẻ).</source>
      <translation>Same full name and date of birth as row {row} (different card number).</translation>
    </message>
    <message>
      <source>Cùng họ tên và ngày sinh với đoàn viên đã có (số thẻ {card_number}); được thêm như một người khác.</source>
      <translation>Same full name and date of birth as an existing member (card number {card_number}); added as a different person.</translation>
    </message>
    <message>
      <source>Căn cứ tổ chức (văn bản chỉ đạo của cấp trên)</source>
      <translation>Basis (directive from the higher level)</translation>
    </message>
    <message>
      <source>Cơ quan ban hành
(mỗi dòng một cấp):</source>
      <translation>Issuing body
(one level per line):</translation>
    </message>
    <message>
      <source>Cơ quan ban hành, địa danh, số ký hiệu, người ký và nơi nhận</source>
      <translation>Issuing body, place name, document number/code, signer and recipients</translation>
    </message>
    <message>
      <source>Cơ quan ban hành:</source>
      <translation>Issued by:</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu trong bản sao lưu {name} không đọc được ({exc}).</source>
      <translation>The database inside backup {name} cannot be read ({exc}).</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu đang bị một chương trình khác giữ (có thể DoanDesk đang mở ở cửa sổ khác). Hãy đóng chương trình đó rồi thử lại.</source>
      <translation>The database is held by another program (DoanDesk may be open in another window). Close that program and try again.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu: {path}</source>
      <translation>Database: {path}</translation>
    </message>
    <message>
      <source>Cả hội nghị: {invited} người được mời, {attended} người có mặt ít nhất một buổi ({rate}), {excused} vắng có phép, {walk_ins} người ngoài danh sách.</source>
      <translation>Whole conference: {invited} invited, {attended} present at least one session ({rate}), {excused} excused, {walk_ins} not on the list.</translation>
    </message>
    <message>
      <source>Cả hội nghị: {invited} người được mời, {attended} người có mặt ít nhất một buổi ({rate}), {excused} vắng có phép.</source>
      <translation>Whole conference: {invited} invited, {attended} present at least one session ({rate}), {excused} excused.</translation>
    </message>
    <message>
      <source>Cảnh báo</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Cấp cho đồng chí:</source>
      <translation>Issued to:</translation>
    </message>
    <message>
      <source>Cấp cơ sở</source>
      <translation>Grassroots level</translation>
    </message>
    <message>
      <source>Cấp giấy chứng nhận</source>
      <translation>Issue certificates</translation>
    </message>
    <message>
      <source>Cấp huyện/xã</source>
      <translation>District/commune level</translation>
    </message>
    <message>
      <source>Cấp tỉnh</source>
      <translation>Provincial level</translation>
    </message>
    <message>
      <source>Cấp đơn vị:</source>
      <translation>Unit levels:</translation>
    </message>
    <message>
      <source>Cấp:</source>
      <translation>Level:</translation>
    </message>
    <message>
      <source>Cấu trúc tệp bị hỏng: {row}</source>
      <translation>The file's structure is damaged: {row}</translation>
    </message>
    <message>
      <source>Cần mật khẩu</source>
      <translation>Needs passphrase</translation>
    </message>
    <message>
      <source>Cần {count} mức điểm tối thiểu cho các loại {grades}.</source>
      <translation>{count} minimum scores are needed, for the grades {grades}.</translation>
    </message>
    <message>
      <source>Cần ít nhất hai bài có chữ (Word, PDF có chữ, văn bản) để so</source>
      <translation>At least two essays with text (Word, PDF with text, plain text) are needed to compare</translation>
    </message>
    <message>
      <source>Cần điểm của đủ {count} tiêu chí.</source>
      <translation>Scores for all {count} criteria are needed.</translation>
    </message>
    <message>
      <source>Cập nhật</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Cộng buổi {session}</source>
      <translation>Total for {session}</translation>
    </message>
    <message>
      <source>Cộng: {attendees} người · {pages} trang phát trực tiếp · {shares} lượt chia sẻ · {interactions} lượt tương tác</source>
      <translation>Total: attendees {attendees} · live-streaming pages {pages} · shares {shares} · interactions {interactions}</translation>
    </message>
    <message>
      <source>Cột</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Cột đã nhận ra</source>
      <translation>Recognised columns</translation>
    </message>
    <message>
      <source>Cột đã nhận ra ({count})</source>
      <translation>Recognised columns ({count})</translation>
    </message>
    <message>
      <source>DDCERT1.… hoặc số giấy chứng nhận, ví dụ TV-CN-2026-00012</source>
      <translation>DDCERT1.… or a certificate number, e.g. TV-CN-2026-00012</translation>
    </message>
    <message>
      <source>Danh sách bài</source>
      <translation>List of essays</translation>
    </message>
    <message>
      <source>Danh sách ký</source>
      <translation>Sign-in sheet</translation>
    </message>
    <message>
      <source>Danh sách ký tên một buổi (PDF)…</source>
      <translation>Sign-in sheet for one session (PDF)…</translation>
    </message>
    <message>
      <source>Danh sách nộp bài</source>
      <translation>Essays handed in</translation>
    </message>
    <message>
      <source>Danh sách theo lần lưu gần nhất; lưu (Ctrl+S) để áp dụng các thay đổi về quy tắc mời và điểm cầu.</source>
      <translation>List as of the last save; save (Ctrl+S) to apply the changes to invitation rules and bridge points.</translation>
    </message>
    <message>
      <source>Danh sách thành phần theo điểm cầu (PDF)…</source>
      <translation>Invitee list by bridge point (PDF)…</translation>
    </message>
    <message>
      <source>Danh sách điểm danh</source>
      <translation>Attendance list</translation>
    </message>
    <message>
      <source>Danh sách điểm danh (PDF)…</source>
      <translation>Attendance list (PDF)…</translation>
    </message>
    <message>
      <source>Danh sách đoàn viên - {scope} - {date}.xlsx</source>
      <translation>Member list - {scope} - {date}.xlsx</translation>
    </message>
    <message>
      <source>Danh sách đơn vị có vòng lặp cấp trên – cấp dưới.</source>
      <translation>The unit list has a loop of parent and child units.</translation>
    </message>
    <message>
      <source>DoanDesk nhận tệp Word (.docx, .doc), PDF, văn bản (.txt) và ảnh chụp (.jpg, .png…).</source>
      <translation>DoanDesk accepts Word files (.docx, .doc), PDF, plain text (.txt) and photos (.jpg, .png…).</translation>
    </message>
    <message>
      <source>DoanDesk sẽ đóng lại; hãy mở lại để làm việc với dữ liệu đã khôi phục.</source>
      <translation>DoanDesk will now close; open it again to work with the restored data.</translation>
    </message>
    <message>
      <source>DoanDesk đang mở cơ sở dữ liệu này ở một cửa sổ khác. Hãy chuyển sang cửa sổ đó (xem trên thanh tác vụ), hoặc đóng nó rồi mở lại DoanDesk.

Cơ sở dữ liệu: {db_path}</source>
      <translation>DoanDesk already has this database open in another window. Switch to that window (look on the taskbar), or close it and open DoanDesk again.

Database: {db_path}</translation>
    </message>
    <message>
      <source>DoanDesk – Thiết lập ban đầu</source>
      <translation>DoanDesk – Initial setup</translation>
    </message>
    <message>
      <source>Dung lượng</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Dán nội dung mã QR (bắt đầu bằng DDCERT1.) hoặc gõ số giấy chứng nhận, rồi bấm «Kiểm tra». Cũng có thể chọn tệp PDF giấy chứng nhận hoặc ảnh chụp, ảnh quét trang giấy có mã QR (hoặc kéo thả tệp vào cửa sổ này). Không cần mạng.</source>
      <translation>Paste the text of the QR code (starting with DDCERT1.) or type the certificate number, then click “Check”. You can also choose the certificate's PDF file or a photo or scan of the page with the QR code (or drag and drop the file onto this window). No network needed.</translation>
    </message>
    <message>
      <source>Dân tộc</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <source>Dân tộc:</source>
      <translation>Ethnicity:</translation>
    </message>
    <message>
      <source>Dòng</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Dòng cuối là «{last}» (bản lưu văn phòng).</source>
      <translation>The last line is “{last}” (the office's file copy).</translation>
    </message>
    <message>
      <source>Dòng lệnh</source>
      <translation>Command line</translation>
    </message>
    <message>
      <source>Dòng {number} ({name}): số câu của đề phải từ 1 trở lên, không phải {total}.</source>
      <translation>Row {number} ({name}): the number of questions must be 1 or more, not {total}.</translation>
    </message>
    <message>
      <source>Dòng {number} ({name}): số câu đúng phải từ 0 đến {total}, không phải {correct}.</source>
      <translation>Row {number} ({name}): the number of right answers must be from 0 to {total}, not {correct}.</translation>
    </message>
    <message>
      <source>Dòng {number}: không tìm thấy đoàn viên (có thể đã bị xóa).</source>
      <translation>Row {number}: member not found (may have been deleted).</translation>
    </message>
    <message>
      <source>Dòng {row} của tệp: &lt;b&gt;{name}&lt;/b&gt;, điểm {score}. Tìm đoàn viên này trong danh sách rồi bấm «Chọn».</source>
      <translation>Row {row} of the file: &lt;b&gt;{name}&lt;/b&gt;, score {score}. Find this member in the list and click “Choose”.</translation>
    </message>
    <message>
      <source>Dùng bản kia</source>
      <translation>Use the other version</translation>
    </message>
    <message>
      <source>Dùng bản kia cho «{record}» ({table})?

{differences}</source>
      <translation>Use the other version for “{record}” ({table})?

{differences}</translation>
    </message>
    <message>
      <source>Dùng bản kia làm bản hiện hành; bản này đi theo gói gửi lần sau tới các đơn vị khác</source>
      <translation>Make the other version the current one; it goes to the other units with the next package sent</translation>
    </message>
    <message>
      <source>Dùng bản kia…</source>
      <translation>Use the other version…</translation>
    </message>
    <message>
      <source>Dùng khi máy này chưa cài đặt gửi thư: tệp gói được hiện trong thư mục để kéo vào thư.</source>
      <translation>For when sending mail is not set up on this computer: the package file is shown in its folder, to drag into the message.</translation>
    </message>
    <message>
      <source>Dùng khi tệp không có cột Chi đoàn: mọi đoàn viên trong tệp vào đơn vị này.</source>
      <translation>Used when the file has no “Chi đoàn” (branch) column: every member in the file goes into this unit.</translation>
    </message>
    <message>
      <source>Dấu vân tay</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <source>Dấu vân tay khóa của «{unit}»:

{fingerprint}</source>
      <translation>Key fingerprint of “{unit}”:

{fingerprint}</translation>
    </message>
    <message>
      <source>Dấu vân tay khóa: &lt;tt&gt;{fingerprint}&lt;/tt&gt; — &lt;b style='color:#8a5a00'&gt;CHƯA tin cậy&lt;/b&gt;.</source>
      <translation>Key fingerprint: &lt;tt&gt;{fingerprint}&lt;/tt&gt; — &lt;b style='color:#8a5a00'&gt;NOT trusted&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Dấu vân tay khóa: &lt;tt&gt;{fingerprint}&lt;/tt&gt; — đã tin cậy.</source>
      <translation>Key fingerprint: &lt;tt&gt;{fingerprint}&lt;/tt&gt; — trusted.</translation>
    </message>
    <message>
      <source>Dấu vân tay khóa: &lt;tt&gt;{fingerprint}&lt;/tt&gt;.</source>
      <translation>Key fingerprint: &lt;tt&gt;{fingerprint}&lt;/tt&gt;.</translation>
    </message>
    <message>
      <source>Dấu vân tay trong bản kê không khớp khóa của người gửi.</source>
      <translation>The fingerprint in the manifest does not match the sender's key.</translation>
    </message>
    <message>
      <source>Dữ liệu</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Dữ liệu DoanDesk bị hỏng</source>
      <translation>DoanDesk data is damaged</translation>
    </message>
    <message>
      <source>Dữ liệu chưa hợp lệ</source>
      <translation>Invalid data</translation>
    </message>
    <message>
      <source>Dữ liệu hiện tại vẫn được giữ lại ở tệp «{file}» trong thư mục {folder}. Sau khi khôi phục, hãy đóng và mở lại DoanDesk.</source>
      <translation>The current data is still kept in the file “{file}” in the folder {folder}. After restoring, close DoanDesk and open it again.</translation>
    </message>
    <message>
      <source>Dữ liệu trước khi khôi phục được giữ ở tệp {path}.</source>
      <translation>The data from before the restore is kept in the file {path}.</translation>
    </message>
    <message>
      <source>Dự kiến</source>
      <translation>Expected</translation>
    </message>
    <message>
      <source>Dự kiến tại điểm cầu: {count} người</source>
      <translation>Expected at this bridge point: {count}</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>E-mail:</source>
      <translation>Email:</translation>
    </message>
    <message>
      <source>Facebook hoặc Zalo</source>
      <translation>Facebook or Zalo</translation>
    </message>
    <message>
      <source>GIẢ MẠO hoặc đã bị sửa: nội dung không khớp chữ ký của đơn vị cấp.</source>
      <translation>FORGED or altered: the content does not match the issuing unit's signature.</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ghi chú (không bắt buộc), ví dụ: chép gần như nguyên văn phần liên hệ</source>
      <translation>Note (optional), for example: the personal reflection part is copied almost word for word</translation>
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation>Note:</translation>
    </message>
    <message numerus="yes">
      <source>Ghi cả %n người không có trong danh sách điểm cầu</source>
      <translation>
        <numerusform>Also record the %n person not on the bridge point's list</numerusform>
        <numerusform>Also record the %n people not on the bridge point's list</numerusform>
      </translation>
    </message>
    <message>
      <source>Ghi cả người không có trong danh sách điểm cầu</source>
      <translation>Also record people not on the bridge point's list</translation>
    </message>
    <message>
      <source>Ghi khóa công khai của máy này ra tệp, để gửi cho đơn vị nhận gói</source>
      <translation>Write this computer's public key to a file, to send to the unit that receives packages</translation>
    </message>
    <message>
      <source>Ghi kết quả hai người đã thống nhất ở dưới rồi bấm «Lưu».</source>
      <translation>Enter the result the two markers agreed on below, then click “Save”.</translation>
    </message>
    <message>
      <source>Ghi nhận bài thu hoạch</source>
      <translation>Record essay</translation>
    </message>
    <message>
      <source>Ghi nhận bản &amp;giấy</source>
      <translation>Record &amp;paper essay</translation>
    </message>
    <message>
      <source>Ghi tổng điểm thấp nhất (một số) của loại «{grade}».</source>
      <translation>Enter the lowest total score (a number) for the grade “{grade}”.</translation>
    </message>
    <message>
      <source>Ghi vào buổi &lt;b&gt;{session}&lt;/b&gt; tại &lt;b&gt;{point}&lt;/b&gt;</source>
      <translation>Record for session &lt;b&gt;{session}&lt;/b&gt; at &lt;b&gt;{point}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Giao ban trực tuyến 6 tháng</source>
      <translation>Six-monthly online briefing</translation>
    </message>
    <message>
      <source>Giao ban trực tuyến sơ kết 6 tháng; các đơn vị gửi báo cáo trước ngày họp.</source>
      <translation>Online half-year review briefing; the units send their reports before the meeting.</translation>
    </message>
    <message>
      <source>Giao diện</source>
      <translation>Interface</translation>
    </message>
    <message>
      <source>Giao diện: ngôn ngữ của màn hình (có hiệu lực khi mở lại DoanDesk; văn bản in ra luôn bằng tiếng Việt)</source>
      <translation>Interface: language of the screens (takes effect when DoanDesk is opened again; printed documents are always in Vietnamese)</translation>
    </message>
    <message>
      <source>Giải thích: {explanation}</source>
      <translation>Explanation: {explanation}</translation>
    </message>
    <message>
      <source>Giấy chứng nhận (*.pdf *.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;Tài liệu PDF (*.pdf);;Ảnh (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;Mọi tệp (*)</source>
      <translation>Certificates (*.pdf *.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;PDF documents (*.pdf);;Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
      <source>Giấy chứng nhận số {number} cấp cho {name}, kết quả {score}, do {issuer} cấp.</source>
      <translation>Certificate no. {number} issued to {name}, result {score}, issued by {issuer}.</translation>
    </message>
    <message>
      <source>Giấy chứng nhận số {number} đã bị thu hồi.</source>
      <translation>Certificate no. {number} has been revoked.</translation>
    </message>
    <message>
      <source>Giấy chứng nhận {number} - {name}.pdf</source>
      <translation>Certificate {number} - {name}.pdf</translation>
    </message>
    <message>
      <source>Giấy chứng nhận</source>
      <comment>table</comment>
      <translation>Certificates</translation>
    </message>
    <message>
      <source>Giấy phép</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Giấy phép của các thành phần đi kèm:</source>
      <translation>Licences of the included components:</translation>
    </message>
    <message>
      <source>Giống</source>
      <translation>Similarity</translation>
    </message>
    <message>
      <source>Giống bài khác quá mức: mở «Bài giống nhau…» để xem và kết luận</source>
      <translation>Too similar to another essay: open “Similar essays…” to review and decide</translation>
    </message>
    <message>
      <source>Giống nhau từ:</source>
      <translation>Similarity from:</translation>
    </message>
    <message numerus="yes">
      <source>Giống {percent}: %n đoạn trùng, {words} chữ. Đoạn trùng tô vàng, đoạn đang xem tô cam.</source>
      <translation>
        <numerusform>Similarity {percent}: %n shared passage, {words} words. Shared passages are highlighted in yellow, the one being viewed in orange.</numerusform>
        <numerusform>Similarity {percent}: %n shared passages, {words} words. Shared passages are highlighted in yellow, the one being viewed in orange.</numerusform>
      </translation>
    </message>
    <message>
      <source>Giới thiệu DoanDesk</source>
      <translation>About DoanDesk</translation>
    </message>
    <message>
      <source>Giới thiệu Qt</source>
      <translation>About Qt</translation>
    </message>
    <message>
      <source>Giới thiệu {name}</source>
      <translation>About {name}</translation>
    </message>
    <message>
      <source>Giới tính</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Giới tính phải là Nam hoặc Nữ.</source>
      <translation>Gender must be Male or Female.</translation>
    </message>
    <message>
      <source>Giới tính:</source>
      <translation>Gender:</translation>
    </message>
    <message>
      <source>Giờ</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Giờ bắt đầu</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>Giờ kết thúc</source>
      <translation>End time</translation>
    </message>
    <message>
      <source>Giờ đến</source>
      <translation>Arrival time</translation>
    </message>
    <message>
      <source>Giờ:</source>
      <translation>Time:</translation>
    </message>
    <message>
      <source>Giữ bài cũ</source>
      <translation>Keep the old essay</translation>
    </message>
    <message>
      <source>Giữ bản đang dùng</source>
      <translation>Keep the version in use</translation>
    </message>
    <message>
      <source>Giữ lại {daily} bản hằng ngày gần nhất, {weekly} bản hằng tuần và {monthly} bản hằng tháng; các bản sao lưu cũ hơn được xóa tự động. Bản sao lưu thủ công và bản tạo trước khi nâng cấp không bị xóa. (Số bản giữ lại đổi trong Tệp → Cài đặt…)</source>
      <translation>Keeps the latest daily backups: {daily}, weekly: {weekly}, monthly: {monthly}; older backups are deleted automatically. Manual backups and those made before an upgrade are never deleted. (Change how many are kept in File → Settings…)</translation>
    </message>
    <message>
      <source>Gói báo cáo DoanDesk (*.ddb *.ddb.*);;Mọi tệp (*)</source>
      <translation>DoanDesk report packages (*.ddb *.ddb.*);;All files (*)</translation>
    </message>
    <message>
      <source>Gói bị hỏng ({error}).</source>
      <translation>The package is damaged ({error}).</translation>
    </message>
    <message>
      <source>Gói chứa thư mục hoặc liên kết «{file}», không nhận.</source>
      <translation>The package contains a folder or link “{file}”; not accepted.</translation>
    </message>
    <message>
      <source>Gói có hai tệp cùng tên «{file}».</source>
      <translation>The package has two files named “{file}”.</translation>
    </message>
    <message>
      <source>Gói có quá nhiều tệp ({count}).</source>
      <translation>The package has too many files ({count}).</translation>
    </message>
    <message>
      <source>Gói có tệp lạ ngoài các thư mục cho phép: «{path}».</source>
      <translation>The package has an unexpected file outside the allowed folders: “{path}”.</translation>
    </message>
    <message>
      <source>Gói có đường dẫn không an toàn: «{path}».</source>
      <translation>The package has an unsafe path: “{path}”.</translation>
    </message>
    <message>
      <source>Gói giải nén ra quá lớn.</source>
      <translation>The package is too large when unpacked.</translation>
    </message>
    <message>
      <source>Gói gần nhất</source>
      <translation>Latest package</translation>
    </message>
    <message>
      <source>Gói gồm {records}; không mã hóa.</source>
      <translation>The package holds {records}; not encrypted.</translation>
    </message>
    <message>
      <source>Gói gồm {records}; mã hóa bằng mật khẩu (báo mật khẩu qua điện thoại).</source>
      <translation>The package holds {records}; encrypted with a passphrase (give the passphrase by phone).</translation>
    </message>
    <message>
      <source>Gói gồm {records}; mã hóa cho {recipient}, chỉ máy của đơn vị đó mở được.</source>
      <translation>The package holds {records}; encrypted for {recipient}, only that unit's computer can open it.</translation>
    </message>
    <message>
      <source>Gói hợp lệ: chữ ký đúng, mọi tệp khớp mã kiểm tra SHA-256.</source>
      <translation>Valid package: the signature is correct and every file matches its SHA-256 checksum.</translation>
    </message>
    <message>
      <source>Gói không khớp bản kê: {differences}</source>
      <translation>The package does not match its manifest: {differences}</translation>
    </message>
    <message>
      <source>Gói lập lúc {time}</source>
      <translation>Package made at {time}</translation>
    </message>
    <message>
      <source>Gói mã hóa theo cách không biết.</source>
      <translation>The package is encrypted in an unknown way.</translation>
    </message>
    <message>
      <source>Gói này do chính máy này tạo ra.</source>
      <translation>This package was made by this very computer.</translation>
    </message>
    <message>
      <source>Gói này đã được nhập trước đây; nhập lại không thay đổi gì thêm.</source>
      <translation>This package was imported before; importing it again changes nothing more.</translation>
    </message>
    <message>
      <source>Gói theo định dạng phiên bản {version}, mới hơn chương trình này (phiên bản {supported}): hãy cập nhật DoanDesk.</source>
      <translation>The package uses format version {version}, newer than this program (version {supported}): update DoanDesk.</translation>
    </message>
    <message>
      <source>Gói thiếu bản kê (manifest) hoặc chữ ký.</source>
      <translation>The package lacks its manifest or signature.</translation>
    </message>
    <message>
      <source>Gói «{name}» được khóa bằng mật khẩu.
Nhập mật khẩu mà đơn vị gửi đã báo (qua điện thoại):</source>
      <translation>Package “{name}” is locked with a passphrase.
Enter the passphrase the sending unit gave you (by phone):</translation>
    </message>
    <message>
      <source>Gói đang chọn</source>
      <translation>Selected package</translation>
    </message>
    <message>
      <source>Gói đã bị sửa: vỏ tệp nén không đúng như lúc tạo.</source>
      <translation>The package has been altered: its zip container is not as it was made.</translation>
    </message>
    <message>
      <source>Gói được khóa bằng mật khẩu. Bấm «Nhập mật khẩu…» rồi nhập mật khẩu mà đơn vị gửi đã báo.</source>
      <translation>The package is locked with a passphrase. Click “Enter passphrase…” and enter the passphrase the sending unit gave you.</translation>
    </message>
    <message>
      <source>Gói được mã hóa</source>
      <translation>Encrypted package</translation>
    </message>
    <message>
      <source>Gói được mã hóa bằng mật khẩu: hãy nhập mật khẩu.</source>
      <translation>The package is encrypted with a password: enter the password.</translation>
    </message>
    <message>
      <source>Gói được mã hóa cho đơn vị khác (khóa {key}…), máy này không mở được.</source>
      <translation>The package is encrypted for another unit (key {key}…); this computer cannot open it.</translation>
    </message>
    <message>
      <source>Gói được để riêng, chưa nhập gì. Gọi điện cho đơn vị gửi, nhờ họ đọc dấu vân tay trên màn hình «Gửi / Nhận» của họ; nếu khớp, tin cậy khóa (nút «Xác minh người gửi…»), gói sẽ được xem trước lại.</source>
      <translation>The package is set aside and nothing was imported. Phone the sending unit and ask them to read out the fingerprint on their “Send / Receive” screen; if it matches, trust the key (the “Verify sender…” button) and the package will be previewed again.</translation>
    </message>
    <message>
      <source>Gõ lần lượt từng bài thi: vài chữ của họ tên (không dấu cũng được), &lt;b&gt;Enter&lt;/b&gt;, rồi số câu đúng (72, 72/100 hoặc 72%), &lt;b&gt;Enter&lt;/b&gt;. Chưa ghi gì cho đến khi bạn bấm «Ghi kết quả».</source>
      <translation>Type the test papers one by one: a few letters of the name (tone marks optional), &lt;b&gt;Enter&lt;/b&gt;, then the number of right answers (72, 72/100 or 72%), &lt;b&gt;Enter&lt;/b&gt;. Nothing is saved until you click “Save results”.</translation>
    </message>
    <message>
      <source>Gõ nhanh điểm từng bài thi trên giấy: họ tên, số câu đúng</source>
      <translation>Quickly enter the score of each paper test: full name, number of correct answers</translation>
    </message>
    <message>
      <source>Gõ thêm để thu hẹp. Có {count} người: chọn đúng tên mình (↑ ↓ hoặc bấm chuột) rồi nhấn Enter.</source>
      <translation>Type more to narrow the list. {count} people found: choose your own name (↑ ↓ or click), then press Enter.</translation>
    </message>
    <message>
      <source>Gõ vài chữ của họ tên người thi rồi nhấn Enter.</source>
      <translation>Type a few letters of the person’s name, then press Enter.</translation>
    </message>
    <message>
      <source>Gõ vài chữ trong tên chi đoàn để tìm</source>
      <translation>Type part of the branch name to search</translation>
    </message>
    <message>
      <source>Gõ vài chữ trong tên đơn vị để tìm</source>
      <translation>Type part of the unit's name to search</translation>
    </message>
    <message>
      <source>Gắn tệp đang chọn với một người trong danh sách được mời</source>
      <translation>Link the selected file to a person on the invited list</translation>
    </message>
    <message>
      <source>Gắn với</source>
      <translation>Linked to</translation>
    </message>
    <message>
      <source>Gọi điện cho đơn vị đó, nhờ họ đọc dấu vân tay trên màn hình «Gửi / Nhận» của họ và so từng nhóm bốn ký tự. Chỉ tin cậy khi mọi nhóm đều khớp: từ đó gói của họ được nhập vào dữ liệu của máy này.</source>
      <translation>Phone that unit, ask them to read out the fingerprint on their “Send / Receive” screen and compare it group by group (four characters each). Trust the key only if every group matches: from then on their packages are imported into this computer's data.</translation>
    </message>
    <message>
      <source>Gồm danh sách đoàn viên, đơn vị và báo cáo của hội nghị (PDF).</source>
      <translation>Includes the lists of members and units and the conference's reports (PDF).</translation>
    </message>
    <message>
      <source>Gợi ý cần xác nhận</source>
      <translation>Suggestions to confirm</translation>
    </message>
    <message>
      <source>Gửi</source>
      <translation>Send</translation>
    </message>
    <message>
      <source>Gửi / Nhận gói báo cáo</source>
      <translation>Send / Receive report packages</translation>
    </message>
    <message>
      <source>Gửi / Nhận</source>
      <comment>screen</comment>
      <translation>Send / Receive</translation>
    </message>
    <message>
      <source>Gửi biên nhận lại cho đơn vị gửi (qua USB hoặc thư điện tử); họ mở nó bằng «Nhập biên nhận…».</source>
      <translation>Send the receipt back to the sending unit (by USB stick or e-mail); they open it with “Import receipts…”.</translation>
    </message>
    <message>
      <source>Gửi báo cáo lỗi…</source>
      <translation>Send error report…</translation>
    </message>
    <message>
      <source>Gửi gói</source>
      <translation>Send packages</translation>
    </message>
    <message>
      <source>Gửi gói mã hóa cho đơn vị này</source>
      <translation>Encrypted packages for this unit</translation>
    </message>
    <message>
      <source>Gửi lên tỉnh bài của:</source>
      <translation>Send to the province the essays of:</translation>
    </message>
    <message>
      <source>Gửi muộn</source>
      <translation>Sent late</translation>
    </message>
    <message>
      <source>Gửi ngay qua máy chủ thư {host}; gói lớn được chia thành nhiều thư (mỗi thư tối đa {size} MB).</source>
      <translation>Sent right away through the mail server {host}; a large package is split into several messages (at most {size} MB each).</translation>
    </message>
    <message>
      <source>Gửi thư không được: {error}</source>
      <translation>Could not send the e-mail: {error}</translation>
    </message>
    <message>
      <source>Gửi tệp cho đơn vị nhận. Khi họ gọi để so, đọc dấu vân tay: {fingerprint}</source>
      <translation>Send the file to the receiving unit. When they call to compare, read out the fingerprint: {fingerprint}</translation>
    </message>
    <message>
      <source>Gửi tỉnh</source>
      <translation>To province</translation>
    </message>
    <message>
      <source>Gửi từ: {sender}, lúc {time}. Mã hóa: {encryption}.</source>
      <translation>Sent by: {sender}, at {time}. Encryption: {encryption}.</translation>
    </message>
    <message>
      <source>Gửi đi</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Gửi đến</source>
      <translation>Send to</translation>
    </message>
    <message>
      <source>Gửi/nhận</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Hai lần nhập mật khẩu không khớp nhau.</source>
      <translation>The two passphrases do not match.</translation>
    </message>
    <message>
      <source>Hai người chấm riêng; hai kết quả khác nhau thì phải thống nhất một xếp loại</source>
      <translation>Two people mark separately; if their grades differ, they must agree on one grade</translation>
    </message>
    <message>
      <source>Hai đơn vị sửa cùng một bản ghi: chương trình đã giữ một bản theo quy tắc chung (mọi đơn vị giữ cùng một bản), bản kia được lưu lại ở đây.</source>
      <translation>Two units edited the same record: the program kept one version by a common rule (every unit keeps the same one), and the other is saved here.</translation>
    </message>
    <message>
      <source>Hiểu là</source>
      <translation>Read as</translation>
    </message>
    <message>
      <source>Hiện tại</source>
      <translation>Current</translation>
    </message>
    <message>
      <source>Hiện:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <source>Hoặc, nếu cấp trên đã gửi danh sách đơn vị (tệp Excel):</source>
      <translation>Or, if the higher level has sent a unit list (Excel file):</translation>
    </message>
    <message>
      <source>Huyện đoàn</source>
      <translation>District union</translation>
    </message>
    <message>
      <source>Hãy chọn một người trong danh sách trước.</source>
      <translation>Select a person in the list first.</translation>
    </message>
    <message>
      <source>Hãy dùng thẻ mới, hoặc tìm theo tên để điểm danh.</source>
      <translation>Use the new card, or find the name to check in.</translation>
    </message>
    <message>
      <source>Hãy ghi lý do vắng có phép.</source>
      <translation>Enter the reason for the excused absence.</translation>
    </message>
    <message>
      <source>Hãy gửi nội dung trong «Xem chi tiết…» cho người hỗ trợ kỹ thuật.</source>
      <translation>Please send the text under “Show Details...” to technical support.</translation>
    </message>
    <message>
      <source>Hãy gửi tệp này cho người hỗ trợ kỹ thuật. Tệp gồm nhật ký hoạt động của chương trình và thông tin về máy, số lượng bản ghi; không kèm cơ sở dữ liệu.</source>
      <translation>Please send this file to technical support. It contains the program’s activity log, information about the computer and the number of records; the database is not included.</translation>
    </message>
    <message>
      <source>Hãy khôi phục từ một bản sao lưu (bản mới nhất ở trên cùng). Những gì nhập sau thời điểm sao lưu sẽ phải nhập lại.</source>
      <translation>Restore from a backup (the newest is at the top). Anything entered after the backup was made will have to be entered again.</translation>
    </message>
    <message>
      <source>Hãy lưu cài đặt bài kiểm tra (ngân hàng câu hỏi, số câu, thời gian…) trước khi mở phòng thi.</source>
      <translation>Save the test settings (question bank, number of questions, time…) before opening the test kiosk.</translation>
    </message>
    <message>
      <source>Hãy lưu hội nghị (Ctrl+S) trước khi in.</source>
      <translation>Save the conference (Ctrl+S) before printing.</translation>
    </message>
    <message>
      <source>Hãy quét lại, hoặc tìm theo tên.</source>
      <translation>Scan again, or find the name.</translation>
    </message>
    <message>
      <source>Hãy thiết lập bài kiểm tra cho hội nghị trước: chọn ngân hàng câu hỏi, số câu, thời gian làm bài và điểm đạt.</source>
      <translation>Set up the conference's test first: choose the question bank, the number of questions, the time allowed and the pass mark.</translation>
    </message>
    <message>
      <source>Hãy thả tệp vào đúng dòng của người nộp bài.</source>
      <translation>Drop the file onto the row of the person handing it in.</translation>
    </message>
    <message>
      <source>Hãy thử «Lưu PDF…» rồi mở tệp bằng chương trình đọc PDF.</source>
      <translation>Try “Save PDF…” and open the file in a PDF reader.</translation>
    </message>
    <message>
      <source>Hãy đánh dấu các câu hỏi của cùng một đơn vị (lọc theo đơn vị ở ô «Đơn vị» cho dễ chọn).</source>
      <translation>Highlight questions of one unit only (filter by unit in the “Unit” box to make it easier).</translation>
    </message>
    <message>
      <source>Hôm nay</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Hạn</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Hạn &amp;&amp; nhiệm vụ</source>
      <translation>Deadlines &amp;&amp; tasks</translation>
    </message>
    <message>
      <source>Hạn gửi</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Hạn gửi báo cáo: {deadline}</source>
      <translation>Report deadline: {deadline}</translation>
    </message>
    <message>
      <source>Hạn gửi câu hỏi</source>
      <translation>Questions due</translation>
    </message>
    <message>
      <source>Hạn nộp bài thu hoạch</source>
      <translation>Essays due</translation>
    </message>
    <message>
      <source>Hạn nộp báo cáo</source>
      <translation>Report due</translation>
    </message>
    <message>
      <source>Hạn nộp:</source>
      <translation>Deadline:</translation>
    </message>
    <message>
      <source>Hạn:</source>
      <translation>Deadline:</translation>
    </message>
    <message>
      <source>Hết giờ làm bài: bài đã được nộp tự động.</source>
      <translation>Time is up: the test was submitted automatically.</translation>
    </message>
    <message>
      <source>Họ</source>
      <translation>Family name</translation>
    </message>
    <message>
      <source>Họ tên người chấm, ví dụ Đ/c Nguyễn Minh Tâm</source>
      <translation>Marker's full name, for example Đ/c Nguyễn Minh Tâm</translation>
    </message>
    <message>
      <source>Họ tên người ký:</source>
      <translation>Signer's name:</translation>
    </message>
    <message>
      <source>Họ tên người kết luận</source>
      <translation>Full name of the person deciding</translation>
    </message>
    <message>
      <source>Họ tên người thi (gõ không dấu cũng được)</source>
      <translation>Name of the person tested (tone marks optional)</translation>
    </message>
    <message>
      <source>Họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)</source>
      <translation>Name, card number or phone number (tone marks optional)</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Họ và tên người ký</source>
      <translation>Signer's full name</translation>
    </message>
    <message>
      <source>Họ và tên trong tệp</source>
      <translation>Name in the file</translation>
    </message>
    <message>
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <source>Họ đệm</source>
      <translation>Family and middle name</translation>
    </message>
    <message>
      <source>Họ: {family}   Đệm: {middle}   Tên: {given}</source>
      <translation>Family name: {family}   Middle name: {middle}   Given name: {given}</translation>
    </message>
    <message>
      <source>Họ: …   Đệm: …   Tên: …</source>
      <translation>Family name: …   Middle name: …   Given name: …</translation>
    </message>
    <message>
      <source>Hồ sơ sẽ không còn trong danh sách. DoanDesk vẫn ghi nhận việc xóa để báo cho đơn vị cấp trên khi gửi dữ liệu.</source>
      <translation>The records will no longer be in the list. DoanDesk still records the deletion to report it to the higher-level unit when data is sent.</translation>
    </message>
    <message>
      <source>Hội nghị</source>
      <translation>Conference</translation>
    </message>
    <message>
      <source>Hội nghị chưa bắt đầu.</source>
      <translation>The conference has not begun.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có ai được mời: chưa có thẻ nào để in.</source>
      <translation>No one is invited to the conference yet: there are no cards to print.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có buổi nào.</source>
      <translation>The conference has no sessions yet.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có buổi nào: hãy thêm buổi ở thẻ «Buổi &amp; chuyên đề» rồi lưu.</source>
      <translation>The conference has no sessions yet: add sessions on the “Sessions &amp; topics” tab and save.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có buổi nào: hãy thêm buổi ở thẻ «Buổi» trước.</source>
      <translation>The conference has no sessions yet: add sessions on the “Sessions” tab first.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có bài kiểm tra nhận thức. Chọn ngân hàng câu hỏi ở thẻ «Kiểm tra nhận thức» trên trang của hội nghị.</source>
      <translation>The conference has no awareness test yet. Choose a question bank on the “Awareness test” tab of the conference’s page.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có bài kiểm tra.</source>
      <translation>The conference has no test yet.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có bài kiểm tra: hãy chọn ngân hàng câu hỏi và số câu trước.</source>
      <translation>The conference has no awareness test yet: choose a question bank and the number of questions first.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có tài liệu nào có đường dẫn để in mã QR.</source>
      <translation>The conference has no materials with a link to print as QR codes.</translation>
    </message>
    <message>
      <source>Hội nghị chưa có điểm cầu nào.</source>
      <translation>The conference has no bridge points yet.</translation>
    </message>
    <message>
      <source>Hội nghị chưa được lưu: lưu (Ctrl+S) để xem các hạn.</source>
      <translation>The conference has not been saved: save it (Ctrl+S) to see the deadlines.</translation>
    </message>
    <message>
      <source>Hội nghị chưa được lưu: lưu (Ctrl+S) để áp dụng các quy tắc mời và xem danh sách người được mời.</source>
      <translation>The conference is not saved yet: save (Ctrl+S) to apply the invitation rules and see the list of invitees.</translation>
    </message>
    <message>
      <source>Hội nghị chưa đặt hạn nộp báo cáo.</source>
      <translation>The conference has no report deadline set.</translation>
    </message>
    <message>
      <source>Hội nghị giao ban</source>
      <translation>Briefing meeting</translation>
    </message>
    <message>
      <source>Hội nghị học tập</source>
      <translation>Study conference</translation>
    </message>
    <message>
      <source>Hội nghị học tập có các buổi gần hôm nay nhất (đang diễn ra, mới kết thúc trong 60 ngày, hoặc sắp tới)</source>
      <translation>The study conference with the sessions closest to today (under way, ended within 60 days, or coming up)</translation>
    </message>
    <message>
      <source>Hội nghị học tập, quán triệt</source>
      <translation>Study conference</translation>
    </message>
    <message>
      <source>Hội nghị không yêu cầu nộp bài thu hoạch. Nếu cần, đặt yêu cầu trên trang của hội nghị.</source>
      <translation>The conference does not ask for essays. If needed, set this up on the conference’s page.</translation>
    </message>
    <message>
      <source>Hội nghị mới (chưa đặt tên)</source>
      <translation>New conference (untitled)</translation>
    </message>
    <message>
      <source>Hội nghị này chưa có bài kiểm tra nhận thức.</source>
      <translation>This conference has no awareness test yet.</translation>
    </message>
    <message>
      <source>Hội nghị này chưa có bài kiểm tra nên chưa mở được màn hình thi.</source>
      <translation>This conference has no test yet, so the test screen cannot be opened.</translation>
    </message>
    <message>
      <source>Hội nghị này đã bị xóa.</source>
      <translation>This conference has been deleted.</translation>
    </message>
    <message>
      <source>Hội nghị {events}</source>
      <translation>Conference {events}</translation>
    </message>
    <message>
      <source>Hội nghị «{title}»</source>
      <translation>Conference “{title}”</translation>
    </message>
    <message>
      <source>Hội nghị: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation>Conferences: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Hội nghị</source>
      <comment>screen</comment>
      <translation>Conferences</translation>
    </message>
    <message>
      <source>Hội nghị</source>
      <comment>table</comment>
      <translation>Conferences</translation>
    </message>
    <message>
      <source>HỢP LỆ</source>
      <translation>VALID</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Hủy lượt này</source>
      <translation>Undo this check-in</translation>
    </message>
    <message>
      <source>Hủy lượt điểm danh</source>
      <translation>Undo check-in</translation>
    </message>
    <message>
      <source>Hủy lượt điểm danh của {name} (lúc {time:%H:%M})?</source>
      <translation>Undo the check-in of {name} (at {time:%H:%M})?</translation>
    </message>
    <message>
      <source>Hủy lượt điểm danh của {name}?</source>
      <translation>Undo the check-in of {name}?</translation>
    </message>
    <message>
      <source>Hủy lượt điểm danh đang chọn trong danh sách (phím Delete)</source>
      <translation>Undo the check-in selected in the list (Delete key)</translation>
    </message>
    <message>
      <source>Hủy lượt đã chọn…</source>
      <translation>Undo selected…</translation>
    </message>
    <message>
      <source>Hủy vắng có phép</source>
      <translation>Cancel excused</translation>
    </message>
    <message>
      <source>In</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>In &amp;báo cáo…</source>
      <translation>Print &amp;report…</translation>
    </message>
    <message>
      <source>In báo cáo</source>
      <translation>Print report</translation>
    </message>
    <message>
      <source>In danh sách ký tên</source>
      <translation>Print sign-in sheet</translation>
    </message>
    <message>
      <source>In danh sách thành phần</source>
      <translation>Print invitee list</translation>
    </message>
    <message>
      <source>In danh sách điểm danh</source>
      <translation>Print attendance list</translation>
    </message>
    <message>
      <source>In giấy chứng nhận</source>
      <translation>Print certificate</translation>
    </message>
    <message>
      <source>In kết quả kiểm tra nhận thức</source>
      <translation>Print awareness test results</translation>
    </message>
    <message>
      <source>In sổ theo dõi bài thu hoạch</source>
      <translation>Print essay register</translation>
    </message>
    <message>
      <source>In thẻ điểm danh</source>
      <translation>Print attendance cards</translation>
    </message>
    <message>
      <source>In tờ mã QR tài liệu</source>
      <translation>Print materials QR sheet</translation>
    </message>
    <message>
      <source>KHÔNG HỢP LỆ</source>
      <translation>NOT VALID</translation>
    </message>
    <message>
      <source>KHÔNG ĐỌC ĐƯỢC</source>
      <translation>UNREADABLE</translation>
    </message>
    <message>
      <source>Khi khôi phục, tệp hỏng không bị xóa: nó được giữ lại bên cạnh (đuôi .before-restore) để người hỗ trợ kỹ thuật xem.</source>
      <translation>Restoring does not delete the damaged file: it is kept next to it (ending in .before-restore) for technical support to look at.</translation>
    </message>
    <message>
      <source>Khi mở, DoanDesk kiểm tra dữ liệu và thấy lỗi dưới đây (thường do mất điện đột ngột, ổ đĩa hỏng hoặc tệp bị chương trình khác ghi đè). Làm việc tiếp trên tệp hỏng có thể mất thêm dữ liệu.</source>
      <translation>On opening, DoanDesk checked the data and found the errors below (usually caused by a sudden power cut, a failing disk or another program overwriting the file). Continuing to work on a damaged file can lose more data.</translation>
    </message>
    <message>
      <source>Khoảng «{part}» ngược: số đầu phải nhỏ hơn số cuối.</source>
      <translation>Range «{part}» is reversed: the first number must be smaller than the last.</translation>
    </message>
    <message>
      <source>Khác</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Khác nhau ở</source>
      <translation>Differs in</translation>
    </message>
    <message>
      <source>Khó khăn, hạn chế</source>
      <translation>Difficulties and shortcomings</translation>
    </message>
    <message>
      <source>Khóa</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>Khóa của các đơn vị khác</source>
      <translation>Other units' keys</translation>
    </message>
    <message>
      <source>Khóa của máy này</source>
      <translation>This computer's key</translation>
    </message>
    <message>
      <source>Khóa của máy này: &lt;b&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;/b&gt;</source>
      <translation>This computer's key: &lt;b&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Khóa ký:</source>
      <translation>Signing key:</translation>
    </message>
    <message>
      <source>Khôi phục</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Khôi phục bản đã chọn</source>
      <translation>Restore the selected backup</translation>
    </message>
    <message>
      <source>Khôi phục bản đã chọn…</source>
      <translation>Restore the selected backup…</translation>
    </message>
    <message>
      <source>Khôi phục dữ liệu từ bản sao lưu lúc {when}?</source>
      <translation>Restore the data from the backup of {when}?</translation>
    </message>
    <message>
      <source>Khôi phục từ bản sao lưu</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>Khôi phục từ tệp khác…</source>
      <translation>Restore from another file…</translation>
    </message>
    <message>
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Không ai trong danh sách được mời giữ các chức vụ phải nộp bài.
Sửa «Ai phải nộp» ở yêu cầu bài thu hoạch, hoặc thêm thành phần ở thẻ «Thành phần» rồi lưu (Ctrl+S).</source>
      <translation>Nobody on the invited list holds a position that must hand in an essay.
Change “Who must hand in” in the essay requirements, or add invitees on the “Invitees” tab, then save (Ctrl+S).</translation>
    </message>
    <message>
      <source>Không biết khóa ký {key}… của đơn vị cấp «{issuer}»: chưa xác minh được. Hãy đăng ký khóa của đơn vị đó.</source>
      <translation>Unknown signing key {key}… of the issuing unit «{issuer}»: cannot be verified yet. Register that unit's key.</translation>
    </message>
    <message>
      <source>Không bắt buộc; ví dụ: Giao ban quý I</source>
      <translation>Optional; e.g. Giao ban quý I</translation>
    </message>
    <message>
      <source>Không có ai được mời ở điểm cầu này trong buổi này: không có gì để nhập.</source>
      <translation>Nobody is invited at this bridge point for this session: there is nothing to enter.</translation>
    </message>
    <message>
      <source>Không có ai để in thẻ.</source>
      <translation>There is no one to print cards for.</translation>
    </message>
    <message>
      <source>Không có buổi nào hay kiểm tra kết nối nào trong 14 ngày tới.</source>
      <translation>No sessions or connection tests in the next 14 days.</translation>
    </message>
    <message>
      <source>Không có buổi «{reference}». Các buổi: {listing}.</source>
      <translation>No session «{reference}». The sessions: {listing}.</translation>
    </message>
    <message>
      <source>Không có bảng «{table}» trong chương trình này.</source>
      <translation>There is no table “{table}” in this program.</translation>
    </message>
    <message>
      <source>Không có chi đoàn «{name}» trong cây đơn vị.</source>
      <translation>There is no branch “{name}” in the unit tree.</translation>
    </message>
    <message>
      <source>Không có câu hỏi nào.</source>
      <translation>No questions.</translation>
    </message>
    <message>
      <source>Không có câu mới</source>
      <translation>No new questions</translation>
    </message>
    <message>
      <source>Không có giấy chứng nhận số «{number}» trong dữ liệu của máy này.</source>
      <translation>There is no certificate no. «{number}» in this computer's data.</translation>
    </message>
    <message>
      <source>Không có gì từ gói này được dùng.</source>
      <translation>Nothing from this package is used.</translation>
    </message>
    <message>
      <source>Không có gì để nhập</source>
      <translation>Nothing to import</translation>
    </message>
    <message>
      <source>Không có hội nghị học tập nào đang diễn ra, mới kết thúc (trong 60 ngày) hay sắp tới: các con số tham dự, kiểm tra và bài thu hoạch sẽ hiện ở đây.</source>
      <translation>No study conference is under way, recently ended (within 60 days) or coming up: the attendance, test and essay figures will show here.</translation>
    </message>
    <message>
      <source>Không có hội nghị nào có mã «{reference}» (xem: doandesk event list).</source>
      <translation>No conference has the code «{reference}» (see: doandesk event list).</translation>
    </message>
    <message>
      <source>Không có khóa nào có dấu vân tay {fingerprint}.</source>
      <translation>No key has the fingerprint {fingerprint}.</translation>
    </message>
    <message>
      <source>Không có kết quả mới để ghi</source>
      <translation>No new results to save</translation>
    </message>
    <message>
      <source>Không có lỗi nào; bấm «Nhập» để ghi vào dữ liệu.</source>
      <translation>No errors; click “Import” to write the units into the data.</translation>
    </message>
    <message>
      <source>Không có quyền ghi vào thư mục {folder}: hãy chọn thư mục khác.</source>
      <translation>No permission to write to the folder {folder}: choose another folder.</translation>
    </message>
    <message>
      <source>Không có quyền mở hoặc ghi tệp «{name}». Nếu tệp đang mở trong Excel hay chương trình khác, hãy đóng nó rồi thử lại.</source>
      <translation>No permission to open or write the file “{name}”. If the file is open in Excel or another program, close it and try again.</translation>
    </message>
    <message>
      <source>Không có tiêu chí: người chấm chọn thẳng xếp loại.</source>
      <translation>No criteria: the marker chooses the grade directly.</translation>
    </message>
    <message>
      <source>Không có trong danh sách điểm cầu</source>
      <translation>Not on the bridge point's list</translation>
    </message>
    <message>
      <source>Không có trong danh sách được mời</source>
      <translation>Not on the invitation list</translation>
    </message>
    <message>
      <source>Không có việc nào sắp đến hạn.</source>
      <translation>No tasks are due.</translation>
    </message>
    <message>
      <source>Không có xung đột nào.</source>
      <translation>No conflicts.</translation>
    </message>
    <message>
      <source>Không có điểm cầu nào tham gia buổi này: hãy thêm điểm cầu ở thẻ «Điểm cầu» trước.</source>
      <translation>No bridge point joins this session: add bridge points on the “Bridge points” tab first.</translation>
    </message>
    <message>
      <source>Không có điểm cầu nào tham gia buổi {session}: hãy thêm điểm cầu ở thẻ «Điểm cầu» rồi lưu.</source>
      <translation>No bridge point joins session {session}: add bridge points on the “Bridge points” tab and save.</translation>
    </message>
    <message>
      <source>Không có điểm cầu «{reference}». Các điểm cầu: {listing}.</source>
      <translation>No bridge point «{reference}». The bridge points: {listing}.</translation>
    </message>
    <message>
      <source>Không có đoạn trùng</source>
      <translation>No shared passage</translation>
    </message>
    <message>
      <source>Không có đơn vị mã «{home_code}» để đặt làm đơn vị của máy này.</source>
      <translation>There is no unit with code “{home_code}” to set as this computer's unit.</translation>
    </message>
    <message>
      <source>Không cần quét lại.</source>
      <translation>No need to scan again.</translation>
    </message>
    <message numerus="yes">
      <source>Không ghi %n người không có trong danh sách điểm cầu.</source>
      <translation>
        <numerusform>Did not record %n person not on the bridge point's list.</numerusform>
        <numerusform>Did not record %n people not on the bridge point's list.</numerusform>
      </translation>
    </message>
    <message>
      <source>Không ghi được bản sao lưu vào thư mục {folder}: {strerror}. Hãy kiểm tra ổ đĩa hoặc USB (còn cắm, còn chỗ trống, có quyền ghi).</source>
      <translation>The backup could not be written to the folder {folder}: {strerror}. Check the disk or USB stick (still plugged in, free space, write permission).</translation>
    </message>
    <message>
      <source>Không ghi được gói vào {path}: {error}</source>
      <translation>Could not write the package to {path}: {error}</translation>
    </message>
    <message>
      <source>Không ghi được gói {name} vào {folder}: {error}</source>
      <translation>Could not write the package {name} to {folder}: {error}</translation>
    </message>
    <message>
      <source>Không ghi được tệp {path}: {error}</source>
      <translation>Could not write file {path}: {error}</translation>
    </message>
    <message>
      <source>Không ghi được tệp {path}: {reason}</source>
      <translation>Could not write the file {path}: {reason}</translation>
    </message>
    <message>
      <source>Không ghi được tệp {path}: {reason}.</source>
      <translation>Could not write file {path}: {reason}.</translation>
    </message>
    <message>
      <source>Không ghi được vào tệp cơ sở dữ liệu ({error}). Hãy kiểm tra ổ đĩa và quyền ghi.</source>
      <translation>Could not write to the database file ({error}). Check the disk and the write permissions.</translation>
    </message>
    <message>
      <source>Không giới hạn</source>
      <translation>No limit</translation>
    </message>
    <message>
      <source>Không giới hạn (đến khi đạt)</source>
      <translation>Unlimited (until passed)</translation>
    </message>
    <message>
      <source>Không hiểu chức vụ «{value}».</source>
      <translation>Position not understood: “{value}”.</translation>
    </message>
    <message>
      <source>Không hiểu cấp đơn vị «{text}» (ví dụ hợp lệ: Tỉnh, Huyện, Xã/Phường, Cơ sở, Chi đoàn).</source>
      <translation>Unit level not understood: “{text}” (valid examples: Tỉnh, Huyện, Xã/Phường, Cơ sở, Chi đoàn).</translation>
    </message>
    <message>
      <source>Không hiểu tình trạng «{value}».</source>
      <translation>Status not understood: “{value}”.</translation>
    </message>
    <message>
      <source>Không hủy</source>
      <translation>Don't undo</translation>
    </message>
    <message>
      <source>Không in được: máy in «{name}» không nhận lệnh in. Hãy kiểm tra máy in rồi thử lại.</source>
      <translation>Could not print: the printer “{name}” did not accept the job. Check the printer and try again.</translation>
    </message>
    <message>
      <source>Không khôi phục được từ {name}: {exc}. Dữ liệu hiện tại không thay đổi.</source>
      <translation>Could not restore from {name}: {exc}. The current data is unchanged.</translation>
    </message>
    <message>
      <source>Không khôi phục được từ {name}: {strerror}. Hãy kiểm tra ổ đĩa (còn chỗ trống, có quyền ghi).</source>
      <translation>Could not restore from {name}: {strerror}. Check the disk (free space, write permission).</translation>
    </message>
    <message>
      <source>Không khớp và cảnh báo</source>
      <translation>Unmatched and warnings</translation>
    </message>
    <message>
      <source>Không khớp và cảnh báo ({count})</source>
      <translation>Unmatched and warnings ({count})</translation>
    </message>
    <message>
      <source>Không khớp được với đoàn viên nào. Bấm «Chọn đoàn viên…» để liên kết dòng với đúng người; dòng không liên kết sẽ không được ghi.</source>
      <translation>These rows match no member. Click “Choose member…” to link a row to the right person; rows left unlinked are not saved.</translation>
    </message>
    <message>
      <source>Không kết nối được máy chủ thư {where}: {error}. Kiểm tra kết nối mạng.</source>
      <translation>Could not connect to the mail server {where}: {error}. Check the network connection.</translation>
    </message>
    <message>
      <source>Không lưu được tệp {name} vào kho: {strerror}</source>
      <translation>Could not store the file {name}: {strerror}</translation>
    </message>
    <message>
      <source>Không lập được kết nối bảo mật (TLS) với {where}: kiểm tra chế độ bảo mật và cổng (SSL thường là 465, STARTTLS là 587).</source>
      <translation>Could not set up a secure (TLS) connection with {where}: check the security mode and port (SSL is usually 465, STARTTLS 587).</translation>
    </message>
    <message>
      <source>Không mã hóa</source>
      <translation>No encryption</translation>
    </message>
    <message>
      <source>Không mở được bài thu hoạch</source>
      <translation>Could not open the essay</translation>
    </message>
    <message>
      <source>Không mở được bản xem trước của báo cáo.</source>
      <translation>Could not open the report's preview.</translation>
    </message>
    <message>
      <source>Không mở được camera: {error}</source>
      <translation>Could not open the camera: {error}</translation>
    </message>
    <message>
      <source>Không mở được gói: sai mật khẩu/khóa, hoặc tệp đã bị sửa hay hỏng.</source>
      <translation>Cannot open the package: wrong password/key, or the file has been altered or damaged.</translation>
    </message>
    <message>
      <source>Không mở được thư mục {folder}: {error}</source>
      <translation>Cannot open the folder {folder}: {error}</translation>
    </message>
    <message>
      <source>Không mở được thư mục «{folder}».</source>
      <translation>Could not open the folder “{folder}”.</translation>
    </message>
    <message>
      <source>Không mở được tệp</source>
      <translation>Could not open the file</translation>
    </message>
    <message>
      <source>Không mở được tệp {path}: {strerror}.</source>
      <translation>Could not open the file {path}: {strerror}.</translation>
    </message>
    <message>
      <source>Không mở được tệp «{name}»: không có quyền đọc, hoặc tệp đang được mở khóa trong chương trình khác (đóng Excel rồi thử lại).</source>
      <translation>Could not open the file “{name}”: no permission to read it, or it is locked by another program (close Excel and try again).</translation>
    </message>
    <message>
      <source>Không nhận ra thẻ</source>
      <translation>Card not recognised</translation>
    </message>
    <message>
      <source>Không phải mã giấy chứng nhận của DoanDesk.</source>
      <translation>Not a DoanDesk certificate code.</translation>
    </message>
    <message>
      <source>Không phải mã thẻ điểm danh</source>
      <translation>Not an attendance card code</translation>
    </message>
    <message>
      <source>Không sao chép</source>
      <translation>Not copied</translation>
    </message>
    <message>
      <source>Không thuộc diện phải nộp (đã nộp thêm)</source>
      <translation>Not required to hand in (handed in anyway)</translation>
    </message>
    <message>
      <source>Không thấy USB nào. Cắm USB rồi bấm «Làm mới».</source>
      <translation>No USB stick found. Plug one in and click “Refresh”.</translation>
    </message>
    <message>
      <source>Không thể chuyển đơn vị vào bên trong chính nó.</source>
      <translation>A unit cannot be moved inside itself.</translation>
    </message>
    <message>
      <source>Không thực hiện được</source>
      <translation>Could not be done</translation>
    </message>
    <message>
      <source>Không tìm thấy</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>Không tìm thấy ai có tên này.</source>
      <translation>Nobody found with this name.</translation>
    </message>
    <message>
      <source>Không tìm thấy ai có tên này. Hãy kiểm tra lại, hoặc hỏi cán bộ phụ trách.</source>
      <translation>No one with this name was found. Check it again, or ask the officer in charge.</translation>
    </message>
    <message>
      <source>Không tìm thấy bài thu hoạch (có thể đã được thay bằng bài nộp lại hoặc đã bị xóa).</source>
      <translation>Essay not found (it may have been replaced by a resubmitted essay or deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy bài thu hoạch.</source>
      <translation>Essay not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy bản sao lưu nào trên máy này. Nếu có bản sao lưu trên USB hoặc máy khác, hãy bấm «Chọn tệp sao lưu khác…»; nếu không, hãy nhờ người hỗ trợ kỹ thuật.</source>
      <translation>No backups were found on this computer. If there is a backup on a USB drive or another computer, click “Choose another backup file…”; otherwise, ask technical support for help.</translation>
    </message>
    <message>
      <source>Không tìm thấy bảng danh sách đoàn viên trong tệp {name}: cần một dòng tiêu đề có cột «Họ và tên» (hoặc «Họ đệm» và «Tên»).</source>
      <translation>No member list table found in the file {name}: a header row with a “Họ và tên” (full name) column (or “Họ đệm” and “Tên”) is needed.</translation>
    </message>
    <message>
      <source>Không tìm thấy bảng đơn vị: cần các cột Mã đơn vị, Tên đơn vị, Cấp (và Đơn vị cấp trên).</source>
      <translation>No unit table found: the columns Mã đơn vị (code), Tên đơn vị (name), Cấp (level) (and Đơn vị cấp trên, the parent unit) are needed.</translation>
    </message>
    <message>
      <source>Không tìm thấy camera</source>
      <translation>No camera found</translation>
    </message>
    <message>
      <source>Không tìm thấy câu hỏi (có thể đã bị xóa).</source>
      <translation>Question not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy cặp bài giống nhau.</source>
      <translation>Pair of similar essays not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy hội nghị (có thể đã bị xóa).</source>
      <translation>Conference not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy lượt thi.</source>
      <translation>Attempt not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy máy chủ thư «{host}»: kiểm tra tên máy chủ và kết nối mạng.</source>
      <translation>Mail server “{host}” not found: check the server name and the network connection.</translation>
    </message>
    <message>
      <source>Không tìm thấy mã QR giấy chứng nhận trong ảnh {file}.</source>
      <translation>No certificate QR code found in image {file}.</translation>
    </message>
    <message>
      <source>Không tìm thấy người được mời (có thể đã bị bỏ).</source>
      <translation>Invitee not found (they may have been removed).</translation>
    </message>
    <message>
      <source>Không tìm thấy thư mục {folder}.</source>
      <translation>Folder {folder} not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy thư mục {folder}: ổ đĩa có thể đã bị rút ra, hoặc hãy chọn thư mục khác.</source>
      <translation>Folder {folder} not found: the drive may have been pulled out; otherwise choose another folder.</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp cơ sở dữ liệu {path}.</source>
      <translation>Database file {path} not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp hoặc thư mục «{name}».</source>
      <translation>The file or folder “{name}” was not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp {path}.</source>
      <translation>File {path} not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp «{name}» ({folder}).</source>
      <translation>File “{name}” not found ({folder}).</translation>
    </message>
    <message>
      <source>Không tìm thấy việc này (có thể đã bị xóa).</source>
      <translation>Task not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy «{search}»</source>
      <translation>“{search}” not found</translation>
    </message>
    <message>
      <source>Không tìm thấy «{text}»</source>
      <translation>Nothing found for “{text}”</translation>
    </message>
    <message>
      <source>Không tìm thấy điểm cầu (có thể đã bị xóa).</source>
      <translation>Bridge point not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy đoàn viên (có thể đã bị xóa).</source>
      <translation>Member not found (may have been deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy đoàn viên nào có tên «{name}». Kiểm tra lại chữ đã gõ.</source>
      <translation>No member named “{name}” found. Check what you typed.</translation>
    </message>
    <message>
      <source>Không tìm thấy đơn vị để đặt làm đơn vị của máy này.</source>
      <translation>The unit to set as this computer's unit was not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy đơn vị.</source>
      <translation>Unit not found.</translation>
    </message>
    <message>
      <source>Không xác định được ngân hàng câu hỏi «{reference}» ({names}).</source>
      <translation>Could not determine question bank «{reference}» ({names}).</translation>
    </message>
    <message>
      <source>Không xóa</source>
      <translation>Don't delete</translation>
    </message>
    <message>
      <source>Không xóa được «{name}»: còn {children} đơn vị trực thuộc và {members} đoàn viên. Hãy chuyển hoặc xóa chúng trước.</source>
      <translation>Cannot delete “{name}”: it still has {children} subordinate unit(s) and {members} member(s). Move or delete them first.</translation>
    </message>
    <message>
      <source>Không xóa được «{name}»: đây là đơn vị của máy này.</source>
      <translation>Cannot delete “{name}”: it is this computer's unit.</translation>
    </message>
    <message>
      <source>Không đánh dấu cấp nào: mọi cấp trong đơn vị. Không đánh dấu chức vụ nào: tất cả đoàn viên.</source>
      <translation>No level ticked: every level within the unit. No position ticked: all members.</translation>
    </message>
    <message>
      <source>Không được mời</source>
      <translation>Not invited</translation>
    </message>
    <message>
      <source>Không đặt chỉ tiêu</source>
      <translation>No target</translation>
    </message>
    <message>
      <source>Không đọc hết được tệp «{name}»: {error}.</source>
      <translation>Could not read the whole file “{name}”: {error}.</translation>
    </message>
    <message>
      <source>Không đọc được bản sao lưu {name}: tệp bị hỏng hoặc chưa chép xong ({exc}).</source>
      <translation>Could not read backup {name}: the file is damaged or was not copied completely ({exc}).</translation>
    </message>
    <message>
      <source>Không đọc được cơ sở dữ liệu {name} ({exc}).</source>
      <translation>Could not read the database {name} ({exc}).</translation>
    </message>
    <message>
      <source>Không đọc được danh sách.</source>
      <translation>Could not read the list.</translation>
    </message>
    <message>
      <source>Không đọc được gói {path}: {error}</source>
      <translation>Cannot read the package {path}: {error}</translation>
    </message>
    <message>
      <source>Không đọc được mã</source>
      <translation>Could not read the code</translation>
    </message>
    <message>
      <source>Không đọc được trang «{sheet}» trong tệp «{name}»: {error}.</source>
      <translation>Could not read the sheet “{sheet}” in the file “{name}”: {error}.</translation>
    </message>
    <message>
      <source>Không đọc được tệp</source>
      <translation>Cannot read the file</translation>
    </message>
    <message>
      <source>Không đọc được tệp này.</source>
      <translation>This file cannot be read.</translation>
    </message>
    <message>
      <source>Không đọc được tệp {file}: {error}</source>
      <translation>Cannot read the file {file}: {error}</translation>
    </message>
    <message>
      <source>Không đọc được tệp {path}: {error}</source>
      <translation>Cannot read the file {path}: {error}</translation>
    </message>
    <message>
      <source>Không đọc được tệp {path}: {reason}.</source>
      <translation>Could not read file {path}: {reason}.</translation>
    </message>
    <message>
      <source>Không đọc được tệp {source}: {strerror}</source>
      <translation>Could not read the file {source}: {strerror}</translation>
    </message>
    <message>
      <source>Không đọc được tệp «{name}»: tệp bị hỏng hoặc không đúng định dạng bảng tính ({error}).</source>
      <translation>Could not read the file “{name}”: the file is damaged or not in a spreadsheet format ({error}).</translation>
    </message>
    <message>
      <source>Không đọc được tệp «{name}»: {error}.</source>
      <translation>Could not read the file “{name}”: {error}.</translation>
    </message>
    <message>
      <source>Không đọc được tệp: {error}</source>
      <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
      <source>Không đọc được điểm «{text}»: {help}.</source>
      <translation>Cannot read the score “{text}”: {help}.</translation>
    </message>
    <message>
      <source>Không đọc được ảnh: thiếu thư viện đọc mã QR.</source>
      <translation>Cannot read images: the QR code reading library is missing.</translation>
    </message>
    <message>
      <source>Không đổi</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Không đủ chỗ trống trong {folder} để ghi gói {name}: hãy xóa bớt tệp hoặc dùng ổ khác.</source>
      <translation>Not enough free space in {folder} to write the package {name}: delete some files or use another drive.</translation>
    </message>
    <message>
      <source>Khớp hết, tin cậy</source>
      <translation>All groups match, trust it</translation>
    </message>
    <message>
      <source>Khớp theo</source>
      <translation>Matched by</translation>
    </message>
    <message>
      <source>Khớp được</source>
      <translation>Matched</translation>
    </message>
    <message>
      <source>Khớp được ({count})</source>
      <translation>Matched ({count})</translation>
    </message>
    <message>
      <source>Kiểm tra &amp;lại</source>
      <translation>Check &amp;again</translation>
    </message>
    <message>
      <source>Kiểm tra bài thu hoạch giống nhau</source>
      <translation>Check for similar essays</translation>
    </message>
    <message>
      <source>Kiểm tra giấy chứng nhận</source>
      <translation>Verify a certificate</translation>
    </message>
    <message>
      <source>Kiểm tra kết nối</source>
      <translation>Connection test</translation>
    </message>
    <message>
      <source>Kiểm tra kết nối:</source>
      <translation>Connection test:</translation>
    </message>
    <message>
      <source>Kiểm tra kết nối: {point}</source>
      <translation>Connection test: {point}</translation>
    </message>
    <message>
      <source>Kiểm tra kỹ thuật</source>
      <translation>Technical check</translation>
    </message>
    <message>
      <source>Kiểm tra nhận thức</source>
      <translation>Awareness test</translation>
    </message>
    <message>
      <source>Kiểm tra nhận thức: số câu mặc định của đề</source>
      <translation>Awareness tests: default number of questions per test</translation>
    </message>
    <message>
      <source>Kiểm tra nhận thức: thời gian làm bài mặc định (phút)</source>
      <translation>Awareness tests: default time allowed (minutes)</translation>
    </message>
    <message>
      <source>Kiểm tra nhận thức: điểm đạt mặc định của bài kiểm tra mới (%)</source>
      <translation>Awareness tests: default pass mark of a new test (%)</translation>
    </message>
    <message>
      <source>Kiểm tra những gì sẽ được nhập. Chưa có gì được ghi vào dữ liệu.</source>
      <translation>Check what will be imported. Nothing has been written to the data yet.</translation>
    </message>
    <message>
      <source>Kéo thả tệp bài vào dòng của người nộp.</source>
      <translation>Drag and drop an essay file onto its writer's row.</translation>
    </message>
    <message>
      <source>Ký</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>Ký tên - {session} - {point}.pdf</source>
      <translation>Sign-in - {session} - {point}.pdf</translation>
    </message>
    <message>
      <source>Kết luận</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Kết luận phải là: chưa xem, sao chép, hoặc không sao chép.</source>
      <translation>The decision must be: not reviewed, copied, or not copied.</translation>
    </message>
    <message>
      <source>Kết quả</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Kết quả bài kiểm tra</source>
      <translation>Test result</translation>
    </message>
    <message>
      <source>Kết quả cuối đã thống nhất: {mark}.</source>
      <translation>Agreed final result: {mark}.</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra</source>
      <translation>Test results</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra - {title}.pdf</source>
      <translation>Test results - {title}.pdf</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra - {title}.xlsx</source>
      <translation>Test results - {title}.xlsx</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra hiện ở đây.</source>
      <translation>The result of the check appears here.</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra nhận thức</source>
      <translation>Awareness test results</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra nhận thức (PDF)…</source>
      <translation>Awareness test results (PDF)…</translation>
    </message>
    <message>
      <source>Kết quả nổi bật, tinh thần tham gia, chất lượng tiếp thu của đoàn viên…</source>
      <translation>Main results, members' participation, how well members took in the content…</translation>
    </message>
    <message>
      <source>Kết quả theo đơn vị</source>
      <translation>Results by unit</translation>
    </message>
    <message>
      <source>Kết quả theo đơn vị và danh sách đoàn viên chưa đạt</source>
      <translation>Results by unit and the list of members who have not passed</translation>
    </message>
    <message>
      <source>Kết quả thống nhất — xếp loại</source>
      <translation>Agreed result — grade</translation>
    </message>
    <message>
      <source>Kết quả thống nhất — điểm theo tiêu chí</source>
      <translation>Agreed result — scores by criterion</translation>
    </message>
    <message>
      <source>Kết quả xuất từ ứng dụng Thanh niên Việt Nam, danh sách của đơn vị khác…</source>
      <translation>Results exported from the Thanh niên Việt Nam app, lists from other units…</translation>
    </message>
    <message>
      <source>Kết quả:</source>
      <translation>Result:</translation>
    </message>
    <message>
      <source>Kết thúc buổi</source>
      <translation>End session</translation>
    </message>
    <message>
      <source>Kết thúc buổi {session} tại {point}?</source>
      <translation>End session {session} at {point}?</translation>
    </message>
    <message>
      <source>Kết thúc buổi…</source>
      <translation>End session…</translation>
    </message>
    <message>
      <source>Liên hệ</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Liên hệ: {contact}</source>
      <translation>Contact: {contact}</translation>
    </message>
    <message>
      <source>Loại</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Loại bản ghi</source>
      <translation>Record type</translation>
    </message>
    <message>
      <source>Loại hội nghị «{kind}» không có; chọn một trong: {kinds}.</source>
      <translation>There is no conference kind «{kind}»; choose one of: {kinds}.</translation>
    </message>
    <message>
      <source>Loại việc</source>
      <translation>Kind of task</translation>
    </message>
    <message>
      <source>Loại:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <source>Loại: {label}</source>
      <translation>Type: {label}</translation>
    </message>
    <message>
      <source>Là đoàn viên</source>
      <translation>Is a member</translation>
    </message>
    <message>
      <source>Làm mới</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Làm tiếp</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>Lên</source>
      <translation>Up</translation>
    </message>
    <message>
      <source>Lúc {time:%H:%M}</source>
      <translation>At {time:%H:%M}</translation>
    </message>
    <message>
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Lý do chưa khớp: {reason}.</source>
      <translation>Why it was not matched: {reason}.</translation>
    </message>
    <message numerus="yes">
      <source>Lý do vắng có phép của %n người đã chọn:</source>
      <translation>
        <numerusform>Reason %n selected person is excused:</numerusform>
        <numerusform>Reason %n selected people are excused:</numerusform>
      </translation>
    </message>
    <message>
      <source>Lý do vắng có phép của {name}:</source>
      <translation>Reason {name} is excused:</translation>
    </message>
    <message>
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Lưu &amp;Excel…</source>
      <translation>Save &amp;Excel…</translation>
    </message>
    <message>
      <source>Lưu &amp;PDF…</source>
      <translation>Save &amp;PDF…</translation>
    </message>
    <message>
      <source>Lưu &amp;yêu cầu</source>
      <translation>Save re&amp;quirements</translation>
    </message>
    <message>
      <source>Lưu biên nhận</source>
      <translation>Save receipt</translation>
    </message>
    <message>
      <source>Lưu báo cáo (PDF)</source>
      <translation>Save report (PDF)</translation>
    </message>
    <message>
      <source>Lưu báo cáo lỗi</source>
      <translation>Save error report</translation>
    </message>
    <message>
      <source>Lưu bản &amp;nháp</source>
      <translation>Save &amp;draft</translation>
    </message>
    <message>
      <source>Lưu cài đặt bài kiểm tra trước khi mở phòng thi</source>
      <translation>Save the test settings before opening the test kiosk</translation>
    </message>
    <message>
      <source>Lưu các thay đổi của «{name}» trước khi đóng DoanDesk?</source>
      <translation>Save the changes to “{name}” before closing DoanDesk?</translation>
    </message>
    <message>
      <source>Lưu các thay đổi của «{name}»?</source>
      <translation>Save the changes to “{name}”?</translation>
    </message>
    <message>
      <source>Lưu danh sách đoàn viên</source>
      <translation>Save member list</translation>
    </message>
    <message>
      <source>Lưu giấy chứng nhận</source>
      <translation>Save certificate</translation>
    </message>
    <message>
      <source>Lưu hội nghị</source>
      <translation>Save conference</translation>
    </message>
    <message>
      <source>Lưu hội nghị (Ctrl+S) trước khi nhập câu hỏi.</source>
      <translation>Save the conference (Ctrl+S) before entering questions.</translation>
    </message>
    <message>
      <source>Lưu hội nghị để lập báo cáo</source>
      <translation>Save the conference to write its report</translation>
    </message>
    <message>
      <source>Lưu hội nghị để theo dõi bài thu hoạch</source>
      <translation>Save the conference to keep track of essays</translation>
    </message>
    <message>
      <source>Lưu hội nghị để điểm danh</source>
      <translation>Save the conference to take attendance</translation>
    </message>
    <message>
      <source>Lưu hội nghị để đặt bài kiểm tra</source>
      <translation>Save the conference to set up its test</translation>
    </message>
    <message>
      <source>Lưu phần đánh giá, khó khăn và đề xuất cùng hội nghị (cũng tự lưu khi xem trước, in, lưu tệp hay rời thẻ này)</source>
      <translation>Save the assessment, difficulties and proposals with the conference (also saved automatically on preview, print, saving a file or leaving this tab)</translation>
    </message>
    <message>
      <source>Lưu số liệu báo cáo (Excel)</source>
      <translation>Save report figures (Excel)</translation>
    </message>
    <message>
      <source>Lưu toàn bộ hội nghị (Ctrl+S)</source>
      <translation>Save the whole conference (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lưu vào thư mục «backups» trong thư mục dữ liệu của DoanDesk</source>
      <translation>Save in the “backups” folder in DoanDesk’s data folder</translation>
    </message>
    <message>
      <source>Lưu vào tệp:</source>
      <translation>Save to file:</translation>
    </message>
    <message>
      <source>Lượt làm bài</source>
      <comment>table</comment>
      <translation>Test attempts</translation>
    </message>
    <message>
      <source>Lấy &amp;số văn bản…</source>
      <translation>Take document &amp;number…</translation>
    </message>
    <message>
      <source>Lấy số</source>
      <translation>Take number</translation>
    </message>
    <message>
      <source>Lấy số cho báo cáo này trong sổ văn bản năm {year}?</source>
      <translation>Take a number for this report from the {year} document register?</translation>
    </message>
    <message>
      <source>Lấy số tiếp theo trong sổ văn bản của năm; số giữ luôn cho báo cáo này</source>
      <translation>Take the next number from this year's document register; the number stays with this report</translation>
    </message>
    <message>
      <source>Lấy số văn bản</source>
      <translation>Take document number</translation>
    </message>
    <message>
      <source>Lấy vào đề</source>
      <translation>In the test paper</translation>
    </message>
    <message>
      <source>Lần gửi sau có thể chọn «Chỉ các thay đổi từ lần gửi đã có biên nhận».</source>
      <translation>Next time you send, you can choose “Only the changes since the last package with a receipt”.</translation>
    </message>
    <message>
      <source>Lần thi</source>
      <translation>Attempt</translation>
    </message>
    <message>
      <source>Lần thi sau lấy trước những câu người đó chưa gặp ở các lần trước</source>
      <translation>A later attempt first takes the questions the person has not seen in earlier attempts</translation>
    </message>
    <message>
      <source>Lần thi thứ {number}</source>
      <translation>Attempt {number}</translation>
    </message>
    <message>
      <source>Lần thử trước chưa đạt · {detail}</source>
      <translation>The last attempt failed · {detail}</translation>
    </message>
    <message>
      <source>Lập biên nhận để gửi lại cho đơn vị gửi? (Đơn vị gửi cần biên nhận để lần sau chỉ gửi các thay đổi.)</source>
      <translation>Make a receipt to send back to the sending unit? (The sending unit needs a receipt to send only the changes next time.)</translation>
    </message>
    <message>
      <source>Lập biên nhận…</source>
      <translation>Make receipt…</translation>
    </message>
    <message>
      <source>Lịch sử</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Lỗi</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Lỗi cơ sở dữ liệu</source>
      <translation>Database error</translation>
    </message>
    <message>
      <source>Lỗi khi đọc hoặc ghi tệp «{name}»: {reason}.</source>
      <translation>Error reading or writing the file “{name}”: {reason}.</translation>
    </message>
    <message>
      <source>Lỗi khi đọc hoặc ghi tệp: {reason}.</source>
      <translation>Error reading or writing a file: {reason}.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>Lỗi trong tệp</source>
      <translation>Errors in the file</translation>
    </message>
    <message>
      <source>Lỗi tệp</source>
      <translation>File error</translation>
    </message>
    <message>
      <source>Lỗi và cảnh báo trong tệp</source>
      <translation>Errors and warnings in the file</translation>
    </message>
    <message>
      <source>Lỗi đọc ghi trên ổ chứa {folder} (ổ có thể bị hỏng hoặc đã bị rút ra): hãy ghi lại gói {name}, nếu vẫn lỗi thì dùng ổ khác.</source>
      <translation>Read/write error on the drive holding {folder} (the drive may be faulty or was pulled out): write the package {name} again; if it still fails, use another drive.</translation>
    </message>
    <message numerus="yes">
      <source>Muộn %n phút</source>
      <translation>
        <numerusform>%n minute late</numerusform>
        <numerusform>%n minutes late</numerusform>
      </translation>
    </message>
    <message>
      <source>Màn hình quét thẻ QR và tìm tên tại cửa điểm cầu (toàn màn hình)</source>
      <translation>The screen for scanning QR cards and finding names at the bridge point's door (full screen)</translation>
    </message>
    <message>
      <source>Máy chưa có chương trình mở tệp PDF. Hãy mở tệp {path} bằng chương trình đọc PDF để in.</source>
      <translation>This computer has no program to open PDF files. Open the file {path} in a PDF reader to print it.</translation>
    </message>
    <message>
      <source>Máy chưa có chương trình mở được tệp «{file}».</source>
      <translation>This computer has no program that can open “{file}”.</translation>
    </message>
    <message>
      <source>Máy chủ thư trả lời lỗi {code}: {reply}</source>
      <translation>The mail server replied with error {code}: {reply}</translation>
    </message>
    <message>
      <source>Máy chủ thư từ chối vì thư quá lớn: giảm «dung lượng tối đa mỗi thư» trong Cài đặt thư rồi gửi lại.</source>
      <translation>The mail server refused the message as too large: lower the “largest size of one message” in the mail settings and send again.</translation>
    </message>
    <message>
      <source>Máy chủ thư từ chối đăng nhập của «{username}»: kiểm tra tên đăng nhập và mật khẩu (Gmail, Outlook cần «mật khẩu ứng dụng», không phải mật khẩu thường).</source>
      <translation>The mail server refused the login of “{username}”: check the user name and password (Gmail and Outlook need an “app password”, not the usual password).</translation>
    </message>
    <message>
      <source>Máy chủ thư từ chối địa chỉ gửi «{sender}»: kiểm tra địa chỉ người gửi trong Cài đặt thư.</source>
      <translation>The mail server refused the sender address “{sender}”: check the sender address in the mail settings.</translation>
    </message>
    <message>
      <source>Máy chủ thư từ chối địa chỉ nhận {addresses}: kiểm tra địa chỉ nhận trong Cài đặt thư.</source>
      <translation>The mail server refused the recipient addresses {addresses}: check the recipient addresses in the mail settings.</translation>
    </message>
    <message>
      <source>Máy chủ thư {where} không cho đăng nhập trên kết nối này: kiểm tra chế độ bảo mật (thường cần STARTTLS hoặc SSL), hoặc để trống tên đăng nhập nếu máy chủ không cần.</source>
      <translation>The mail server {where} does not allow logging in on this connection: check the security mode (STARTTLS or SSL is usually needed), or leave the user name empty if the server needs none.</translation>
    </message>
    <message>
      <source>Máy chủ thư {where} không hỗ trợ STARTTLS: chọn bảo mật SSL (thường cổng 465) trong Cài đặt thư.</source>
      <translation>The mail server {where} does not support STARTTLS: choose SSL security (usually port 465) in the mail settings.</translation>
    </message>
    <message>
      <source>Máy chủ thư {where} không trả lời: kiểm tra kết nối mạng, cổng, và tường lửa hoặc phần mềm diệt virus có chặn gửi thư không.</source>
      <translation>The mail server {where} does not answer: check the network connection, the port, and whether a firewall or antivirus software blocks sending mail.</translation>
    </message>
    <message>
      <source>Máy chủ thư {where} ngắt kết nối giữa chừng: kiểm tra chế độ bảo mật và cổng (SSL thường là 465, STARTTLS là 587), rồi thử lại.</source>
      <translation>The mail server {where} closed the connection midway: check the security mode and port (SSL is usually 465, STARTTLS 587), then try again.</translation>
    </message>
    <message>
      <source>Máy chủ thư {where} từ chối kết nối: kiểm tra tên máy chủ, cổng và chế độ bảo mật trong Cài đặt thư, và tường lửa.</source>
      <translation>The mail server {where} refused the connection: check the server name, port and security mode in the mail settings, and the firewall.</translation>
    </message>
    <message>
      <source>Máy không có chương trình mở được tệp {file}. Tệp nằm ở {folder}.</source>
      <translation>This computer has no program that can open {file}. The file is in {folder}.</translation>
    </message>
    <message>
      <source>Máy này chưa có đơn vị cấp dưới</source>
      <translation>This computer has no subordinate units yet</translation>
    </message>
    <message>
      <source>Máy này không có thẻ mã {code}. Hãy gõ họ tên để tìm, hoặc hỏi cán bộ phụ trách.</source>
      <translation>This computer has no card with code {code}. Type your name to search, or ask the officer in charge.</translation>
    </message>
    <message>
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Mã QR</source>
      <translation>QR code</translation>
    </message>
    <message>
      <source>Mã Tỉnh đoàn phải khác mã đơn vị của máy này.</source>
      <translation>The provincial union's code must differ from this computer's unit code.</translation>
    </message>
    <message>
      <source>Mã Tỉnh đoàn:</source>
      <translation>Provincial union code:</translation>
    </message>
    <message>
      <source>Mã Tỉnh đoàn: {error}</source>
      <translation>Provincial union code: {error}</translation>
    </message>
    <message>
      <source>Mã bản ghi</source>
      <translation>Record ID</translation>
    </message>
    <message>
      <source>Mã giấy chứng nhận bị hỏng (không đọc được nội dung).</source>
      <translation>The certificate code is damaged (its content cannot be read).</translation>
    </message>
    <message>
      <source>Mã gói: {id}</source>
      <translation>Package ID: {id}</translation>
    </message>
    <message>
      <source>Mã hóa</source>
      <translation>Encryption</translation>
    </message>
    <message>
      <source>Mã phòng (ID):</source>
      <translation>Room ID:</translation>
    </message>
    <message>
      <source>Mã thẻ không có trong dữ liệu</source>
      <translation>Card code not in the data</translation>
    </message>
    <message>
      <source>Mã thẻ không hợp lệ</source>
      <translation>Invalid card code</translation>
    </message>
    <message>
      <source>Mã {code}</source>
      <translation>Code {code}</translation>
    </message>
    <message numerus="yes">
      <source>Mã «{reference}» khớp %n hội nghị; hãy gõ thêm vài ký tự.</source>
      <translation>
        <numerusform>The code «{reference}» matches %n conference; type a few more characters.</numerusform>
        <numerusform>The code «{reference}» matches %n conferences; type a few more characters.</numerusform>
      </translation>
    </message>
    <message>
      <source>Mã đơn vị không được để trống.</source>
      <translation>The unit code must not be empty.</translation>
    </message>
    <message>
      <source>Mã đơn vị «{code}» không hợp lệ: không chứa khoảng trắng, tối đa 64 ký tự.</source>
      <translation>Invalid unit code “{code}”: no spaces, at most 64 characters.</translation>
    </message>
    <message>
      <source>Mã đơn vị «{code}» lặp lại (đã có ở dòng {row}).</source>
      <translation>Unit code “{code}” is repeated (already on row {row}).</translation>
    </message>
    <message>
      <source>Mã đơn vị «{code}» đã có.</source>
      <translation>Unit code “{code}” already exists.</translation>
    </message>
    <message>
      <source>Mã đơn vị:</source>
      <translation>Unit code:</translation>
    </message>
    <message>
      <source>Mẫu khi in (đầu và cuối báo cáo):</source>
      <translation>Print sample (top and bottom of the report):</translation>
    </message>
    <message>
      <source>Mật khẩu cần ít nhất 8 ký tự.</source>
      <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
      <source>Mật khẩu của gói cần ít nhất 8 ký tự.</source>
      <translation>The package password needs at least 8 characters.</translation>
    </message>
    <message>
      <source>Mật khẩu của tài khoản thư {account}:</source>
      <translation>Password of the mail account {account}:</translation>
    </message>
    <message>
      <source>Mật khẩu của tài khoản thư:</source>
      <translation>Password of the mail account:</translation>
    </message>
    <message>
      <source>Mật khẩu thư điện tử</source>
      <translation>E-mail password</translation>
    </message>
    <message>
      <source>Mật khẩu:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <source>Mọi câu hỏi trong tệp đều hợp lệ.</source>
      <translation>Every question in the file is valid.</translation>
    </message>
    <message>
      <source>Mọi câu lấy ngẫu nhiên từ cả ngân hàng.</source>
      <translation>All questions are drawn at random from the whole bank.</translation>
    </message>
    <message>
      <source>Mọi câu trả lời được lưu ngay khi chọn.</source>
      <translation>Every answer is saved as soon as it is chosen.</translation>
    </message>
    <message>
      <source>Mọi gói trong thư mục (ví dụ trên USB); gói chia nhiều phần được ghép lại</source>
      <translation>Every package in the folder (on a USB stick, for example); packages split into parts are joined again</translation>
    </message>
    <message>
      <source>Mọi lượt điểm danh đã được lưu.</source>
      <translation>Every check-in has been saved.</translation>
    </message>
    <message>
      <source>Mọi người được mời</source>
      <translation>Everyone invited</translation>
    </message>
    <message>
      <source>Mọi tệp (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Mọi đơn vị đã đủ.</source>
      <translation>Every unit is complete.</translation>
    </message>
    <message>
      <source>Mỗi gói được kiểm tra chữ ký và mã SHA-256 rồi xem trước: chưa có gì được ghi cho đến khi bấm «Nhập».</source>
      <translation>Each package's signature and SHA-256 checksums are checked, then it is previewed: nothing is written until you click “Import”.</translation>
    </message>
    <message>
      <source>Mỗi người một bài: hãy chọn người khác, hoặc bỏ gắn tệp kia trước.</source>
      <translation>One essay per person: choose someone else, or unlink the other file first.</translation>
    </message>
    <message>
      <source>Mỗi người một bài: hãy thả từng tệp vào dòng của người nộp.</source>
      <translation>One essay per person: drop each file onto its writer's row.</translation>
    </message>
    <message>
      <source>Mỗi tiêu chí chấm cần tên và điểm tối đa lớn hơn 0.</source>
      <translation>Each grading criterion needs a name and a maximum score greater than 0.</translation>
    </message>
    <message>
      <source>Mỗi tệp trong thư mục được ghép với người được mời theo tên tệp</source>
      <translation>Each file in the folder is matched to an invitee by its file name</translation>
    </message>
    <message>
      <source>Mỗi đoàn viên đã đạt một tệp PDF có mã QR để kiểm tra</source>
      <translation>One PDF file with a verification QR code for each member who passed</translation>
    </message>
    <message>
      <source>Mỗi đơn vị chọn {min}–{max} câu hỏi để gửi</source>
      <translation>Each unit selects {min}–{max} questions to send</translation>
    </message>
    <message>
      <source>Mỗi đơn vị gửi 3–5 câu hỏi kèm thông tin người hỏi; báo cáo lượt chia sẻ, tương tác.</source>
      <translation>Each unit sends 3–5 questions with the askers' details; report on shares and interactions.</translation>
    </message>
    <message numerus="yes">
      <source>Mỗi đơn vị gửi từ {min} đến {max} câu hỏi; mới chọn {count} câu, cần chọn thêm ít nhất %n câu.</source>
      <translation>
        <numerusform>Each unit sends {min} to {max} questions; {count} chosen so far, choose at least %n more.</numerusform>
        <numerusform>Each unit sends {min} to {max} questions; {count} chosen so far, choose at least %n more.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Mỗi đơn vị gửi từ {min} đến {max} câu hỏi; đang chọn {count} câu, hãy bỏ bớt %n câu.</source>
      <translation>
        <numerusform>Each unit sends {min} to {max} questions; {count} are chosen, leave out %n question.</numerusform>
        <numerusform>Each unit sends {min} to {max} questions; {count} are chosen, leave out %n questions.</numerusform>
      </translation>
    </message>
    <message>
      <source>Một hoặc hai ngày, các buổi sáng, chiều; chương trình chuyên đề; điểm cầu các cấp; kiểm tra nhận thức và bài thu hoạch sau học tập.</source>
      <translation>One or two days of morning and afternoon sessions; a programme of topics; bridge points at every level; an awareness test and essays after the study.</translation>
    </message>
    <message>
      <source>Một hội nghị:</source>
      <translation>One conference:</translation>
    </message>
    <message>
      <source>Mới</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Mới xem trước</source>
      <translation>Previewed</translation>
    </message>
    <message>
      <source>Mời</source>
      <translation>Invite</translation>
    </message>
    <message numerus="yes">
      <source>Mời %n người</source>
      <translation>
        <numerusform>Invite %n person</numerusform>
        <numerusform>Invite %n people</numerusform>
      </translation>
    </message>
    <message>
      <source>Mời theo</source>
      <translation>How invited</translation>
    </message>
    <message>
      <source>Mời theo chức vụ và cấp đơn vị (phím Insert trong bảng)</source>
      <translation>Invite by position and unit level (Insert key in the table)</translation>
    </message>
    <message>
      <source>Mời thêm</source>
      <translation>Extra invitation</translation>
    </message>
    <message>
      <source>Mời thêm đoàn viên</source>
      <translation>Invite more members</translation>
    </message>
    <message>
      <source>Mời ở điểm cầu khác</source>
      <translation>Invited at another bridge point</translation>
    </message>
    <message>
      <source>Mở &amp;tệp</source>
      <translation>Open &amp;file</translation>
    </message>
    <message>
      <source>Mở chương trình thư và tự đính kèm tệp</source>
      <translation>Open the mail program and attach the file yourself</translation>
    </message>
    <message>
      <source>Mở gói</source>
      <translation>Open package</translation>
    </message>
    <message>
      <source>Mở hội nghị</source>
      <translation>Open conference</translation>
    </message>
    <message>
      <source>Mở hội nghị đang chọn (Enter)</source>
      <translation>Open the selected conference (Enter)</translation>
    </message>
    <message>
      <source>Mở lại</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>Mở lại buổi</source>
      <translation>Reopen session</translation>
    </message>
    <message>
      <source>Mở lại buổi {session}?</source>
      <translation>Reopen session {session}?</translation>
    </message>
    <message>
      <source>Mở màn hình điểm danh</source>
      <translation>Open check-in station</translation>
    </message>
    <message>
      <source>Mở phòng thi</source>
      <translation>Open the test kiosk</translation>
    </message>
    <message>
      <source>Mở thư &amp;mục</source>
      <translation>Open &amp;folder</translation>
    </message>
    <message>
      <source>Mở thư mục</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>Mở thư mục chứa tệp vừa lưu</source>
      <translation>Open the folder of the file just saved</translation>
    </message>
    <message>
      <source>Mở trang của hội nghị có việc này (Enter, nhấp đúp)</source>
      <translation>Open the page of this task’s conference (Enter, double-click)</translation>
    </message>
    <message>
      <source>Mở tệp</source>
      <translation>Open file</translation>
    </message>
    <message>
      <source>Mở tệp &amp;gốc</source>
      <translation>Open &amp;original file</translation>
    </message>
    <message>
      <source>Mở tệp bài nộp bằng chương trình của máy (Word, trình đọc PDF, xem ảnh)</source>
      <translation>Open the submitted file with this computer's program (Word, a PDF reader, a photo viewer)</translation>
    </message>
    <message>
      <source>Mở để in</source>
      <translation>Open to print</translation>
    </message>
    <message>
      <source>Mở để sửa yêu cầu</source>
      <translation>Expand to edit the requirements</translation>
    </message>
    <message>
      <source>Mức điểm tối thiểu phải giảm dần và trong khoảng 0–{rubric_total:g}.</source>
      <translation>The minimum scores must decrease and lie between 0 and {rubric_total:g}.</translation>
    </message>
    <message>
      <source>Mức độ</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Nam</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>Nghi sao chép</source>
      <translation>Suspected copying</translation>
    </message>
    <message>
      <source>Nghị quyết, chỉ thị hoặc chuyên đề được học tập, quán triệt</source>
      <translation>The resolution, directive or topic being studied</translation>
    </message>
    <message>
      <source>Ngoài
danh sách</source>
      <translation>Not on
the list</translation>
    </message>
    <message>
      <source>Ngoài danh sách</source>
      <translation>Not on the list</translation>
    </message>
    <message>
      <source>Ngoài danh sách: {count}</source>
      <translation>Not on the list: {count}</translation>
    </message>
    <message>
      <source>Ngày</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Ngày báo cáo:</source>
      <translation>Report date:</translation>
    </message>
    <message>
      <source>Ngày báo cáo: {error}</source>
      <translation>Report date: {error}</translation>
    </message>
    <message>
      <source>Ngày chấm chưa đúng: {error}.</source>
      <translation>The marking date is not valid: {error}.</translation>
    </message>
    <message>
      <source>Ngày ghi cho bài kéo thả, đính kèm hoặc ghi nhận bản giấy; so với hạn nộp để biết nộp muộn</source>
      <translation>Date recorded for essays dropped, attached or recorded on paper; compared with the deadline to tell late ones</translation>
    </message>
    <message>
      <source>Ngày ghi cho mọi bài trong thư mục; so với hạn nộp để biết nộp muộn</source>
      <translation>Date recorded for every essay in the folder; compared with the deadline to tell late ones</translation>
    </message>
    <message>
      <source>Ngày ghi ở dòng địa danh, ngày tháng của báo cáo</source>
      <translation>The date written on the report's place and date line</translation>
    </message>
    <message>
      <source>Ngày kiểm tra kết nối</source>
      <translation>Connection test date</translation>
    </message>
    <message>
      <source>Ngày mai</source>
      <translation>Tomorrow</translation>
    </message>
    <message>
      <source>Ngày nhận bài:</source>
      <translation>Date received:</translation>
    </message>
    <message>
      <source>Ngày nhận:</source>
      <translation>Date received:</translation>
    </message>
    <message>
      <source>Ngày nộp</source>
      <translation>Handed in on</translation>
    </message>
    <message>
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Ngày sinh của người đặt câu hỏi ở tương lai.</source>
      <translation>The asker's date of birth is in the future.</translation>
    </message>
    <message>
      <source>Ngày sinh ghi ở cả cột Nam và cột Nữ.</source>
      <translation>Date of birth is written in both the Nam (male) and Nữ (female) columns.</translation>
    </message>
    <message>
      <source>Ngày sinh không hợp lệ</source>
      <translation>Invalid date of birth</translation>
    </message>
    <message>
      <source>Ngày sinh không hợp lệ: {error}</source>
      <translation>Invalid date of birth: {error}</translation>
    </message>
    <message>
      <source>Ngày sinh không hợp lệ: {reason}</source>
      <translation>Invalid date of birth: {reason}</translation>
    </message>
    <message>
      <source>Ngày sinh ở tương lai.</source>
      <translation>The date of birth is in the future.</translation>
    </message>
    <message>
      <source>Ngày sinh:</source>
      <translation>Date of birth:</translation>
    </message>
    <message>
      <source>Ngày thi</source>
      <translation>Test date</translation>
    </message>
    <message>
      <source>Ngày thi {date} chưa tới: hãy kiểm tra lại ngày.</source>
      <translation>The test date {date} has not come yet: please check the date.</translation>
    </message>
    <message>
      <source>Ngày thi:</source>
      <translation>Test date:</translation>
    </message>
    <message>
      <source>Ngày vào Đoàn</source>
      <translation>Union admission date</translation>
    </message>
    <message>
      <source>Ngày vào Đoàn không hợp lệ</source>
      <translation>Invalid Union admission date</translation>
    </message>
    <message>
      <source>Ngày vào Đoàn không hợp lệ: {reason}</source>
      <translation>Invalid Union admission date: {reason}</translation>
    </message>
    <message>
      <source>Ngày vào Đoàn trước ngày sinh.</source>
      <translation>The Union admission date is before the date of birth.</translation>
    </message>
    <message>
      <source>Ngày vào Đoàn ở tương lai.</source>
      <translation>The Union admission date is in the future.</translation>
    </message>
    <message>
      <source>Ngày vào Đoàn:</source>
      <translation>Union admission date:</translation>
    </message>
    <message>
      <source>Ngày văn bản</source>
      <translation>Document date</translation>
    </message>
    <message>
      <source>Ngày văn bản:</source>
      <translation>Document date:</translation>
    </message>
    <message>
      <source>Ngày đạt:</source>
      <translation>Passed on:</translation>
    </message>
    <message>
      <source>Ngày đầu tiên không hợp lệ: {error}</source>
      <translation>Invalid first day: {error}</translation>
    </message>
    <message>
      <source>Ngân hàng &amp;câu hỏi…</source>
      <translation>Question &amp;banks…</translation>
    </message>
    <message>
      <source>Ngân hàng câu hỏi</source>
      <translation>Question bank</translation>
    </message>
    <message>
      <source>Ngân hàng câu hỏi chỉ còn {available} câu, đề cần {wanted}.</source>
      <translation>The question bank has only {available} questions left; the test needs {wanted}.</translation>
    </message>
    <message>
      <source>Ngân hàng câu hỏi đã chọn chưa có câu nào.</source>
      <translation>The selected question bank has no questions yet.</translation>
    </message>
    <message>
      <source>Ngân hàng câu hỏi</source>
      <comment>table</comment>
      <translation>Question banks</translation>
    </message>
    <message>
      <source>Ngân hàng không chia chủ đề: mọi câu lấy ngẫu nhiên từ cả ngân hàng.</source>
      <translation>The bank has no topics: all questions are drawn at random from the whole bank.</translation>
    </message>
    <message>
      <source>Ngân hàng:</source>
      <translation>Question bank:</translation>
    </message>
    <message>
      <source>Người &amp;chấm:</source>
      <translation>&amp;Marker:</translation>
    </message>
    <message>
      <source>Người chấm</source>
      <translation>Marker</translation>
    </message>
    <message>
      <source>Người chấm 1</source>
      <translation>Marker 1</translation>
    </message>
    <message>
      <source>Người chấm 2</source>
      <translation>Marker 2</translation>
    </message>
    <message>
      <source>Người chấm là 1, 2 (chấm độc lập) hoặc 0 (kết quả cuối).</source>
      <translation>The marker is 1, 2 (independent marking) or 0 (final result).</translation>
    </message>
    <message>
      <source>Người chấm {other} chưa chấm bài này.</source>
      <translation>Marker {other} has not marked this essay yet.</translation>
    </message>
    <message>
      <source>Người chấm {other}: {mark}. Hai người chấm cùng xếp loại {grade}: đó là kết quả cuối.</source>
      <translation>Marker {other}: {mark}. Both markers gave the grade {grade}: that is the final result.</translation>
    </message>
    <message>
      <source>Người chấm {other}: {mark}. Hai người chấm xếp loại khác nhau: cần thống nhất kết quả.</source>
      <translation>Marker {other}: {mark}. The two markers gave different grades: they must agree on the result.</translation>
    </message>
    <message>
      <source>Người hỏi</source>
      <translation>Asker</translation>
    </message>
    <message>
      <source>Người liên hệ:</source>
      <translation>Contact person:</translation>
    </message>
    <message>
      <source>Người mời thêm {number}: điểm cầu được chỉ định không có trong hội nghị.</source>
      <translation>Extra invitee {number}: the assigned bridge point is not part of the conference.</translation>
    </message>
    <message>
      <source>Người này sẽ trở lại «Chưa đến» và có thể quét thẻ lại.</source>
      <translation>This person goes back to “Not yet arrived” and can scan their card again.</translation>
    </message>
    <message>
      <source>Người này đã có tệp «{file}» trong lần nhập này.</source>
      <translation>This person already has the file “{file}” in this import.</translation>
    </message>
    <message>
      <source>Người tiếp theo</source>
      <translation>Next person</translation>
    </message>
    <message>
      <source>Người trình bày</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <source>Người viết</source>
      <translation>Writer</translation>
    </message>
    <message>
      <source>Người đang chọn nộp bài viết tay hoặc in trên giấy</source>
      <translation>The selected person handed in a handwritten or printed essay</translation>
    </message>
    <message>
      <source>Người đã có giấy chứng nhận giữ nguyên số cũ; mỗi giấy có mã QR để kiểm tra thật giả.</source>
      <translation>People who already had a certificate keep their old number; each certificate has a QR code to check that it is genuine.</translation>
    </message>
    <message>
      <source>Người được mời</source>
      <translation>Invitees</translation>
    </message>
    <message>
      <source>Người được mời ở điểm cầu khác hoặc không được mời nhưng có tên trong tệp: ghi là có mặt ngoài danh sách tại điểm cầu này.</source>
      <translation>People invited at another bridge point, or not invited but named in the file: recorded as present, not on the list, at this bridge point.</translation>
    </message>
    <message>
      <source>Ngưỡng thấp hơn lần kiểm tra trước: bấm «Kiểm tra lại» để tìm thêm.</source>
      <translation>The threshold is lower than at the last check: click “Check again” to find more.</translation>
    </message>
    <message>
      <source>Ngồi tại điểm cầu</source>
      <translation>Seated at bridge point</translation>
    </message>
    <message>
      <source>Ngồi tại điểm cầu:</source>
      <translation>Seated at bridge point:</translation>
    </message>
    <message>
      <source>Nhiều mẫu báo cáo của Đoàn ghi «Họ đệm» và «Tên» ở hai cột riêng.</source>
      <translation>Many Union report forms put “Family and middle name” and “Given name” in separate columns.</translation>
    </message>
    <message>
      <source>Nhiều tệp một lúc: chép vào một thư mục, đặt tên tệp theo tên người nộp, rồi dùng «Nhập cả thư mục…».</source>
      <translation>For many files at once: copy them into a folder, name each file after its writer, then use “Import a folder…”.</translation>
    </message>
    <message>
      <source>Nhấn Enter để chọn, rồi gõ điểm.</source>
      <translation>Press Enter to choose, then type the score.</translation>
    </message>
    <message>
      <source>Nhấn F2 (hoặc nút «Cho vào») để cho vào.</source>
      <translation>Press F2 (or the “Let in” button) to let them in.</translation>
    </message>
    <message>
      <source>Nhậ&amp;p điểm thi trên giấy…</source>
      <translation>Enter &amp;paper test scores…</translation>
    </message>
    <message>
      <source>Nhận &amp;xét:</source>
      <translation>&amp;Comment:</translation>
    </message>
    <message>
      <source>Nhận cờ luân lưu</source>
      <translation>Receives the rotating flag</translation>
    </message>
    <message>
      <source>Nhận gói</source>
      <translation>Receive packages</translation>
    </message>
    <message>
      <source>Nhận về</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Nhận xét</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Nhận xét ngắn (không bắt buộc)</source>
      <translation>Short comment (optional)</translation>
    </message>
    <message>
      <source>Nhập</source>
      <translation>Import</translation>
    </message>
    <message numerus="yes">
      <source>Nhập %n gói</source>
      <translation>
        <numerusform>Import %n package</numerusform>
        <numerusform>Import %n packages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Nhập %n đoàn viên</source>
      <translation>
        <numerusform>Import %n member</numerusform>
        <numerusform>Import %n members</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Nhập (còn %n câu lỗi)</source>
      <translation>
        <numerusform>Import (%n faulty question left)</numerusform>
        <numerusform>Import (%n faulty questions left)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Nhập (còn %n lỗi)</source>
      <translation>
        <numerusform>Import (%n error left)</numerusform>
        <numerusform>Import (%n errors left)</numerusform>
      </translation>
    </message>
    <message>
      <source>Nhập (còn lỗi)</source>
      <translation>Import (errors remain)</translation>
    </message>
    <message>
      <source>Nhập biên nhận…</source>
      <translation>Import receipts…</translation>
    </message>
    <message>
      <source>Nhập bài thu hoạch từ thư mục</source>
      <translation>Import essays from a folder</translation>
    </message>
    <message>
      <source>Nhập câu hỏi</source>
      <translation>Import questions</translation>
    </message>
    <message>
      <source>Nhập câu hỏi từ tệp</source>
      <translation>Import questions from a file</translation>
    </message>
    <message>
      <source>Nhập cả &amp;thư mục…</source>
      <translation>Import a &amp;folder…</translation>
    </message>
    <message>
      <source>Nhập danh sách &amp;ký tên…</source>
      <translation>Enter &amp;sign-in sheet…</translation>
    </message>
    <message>
      <source>Nhập danh sách ký tên</source>
      <translation>Enter sign-in sheet</translation>
    </message>
    <message>
      <source>Nhập danh sách đoàn viên</source>
      <translation>Import member list</translation>
    </message>
    <message>
      <source>Nhập danh sách đoàn viên…</source>
      <translation>Import member list…</translation>
    </message>
    <message>
      <source>Nhập danh sách đơn vị</source>
      <translation>Import unit list</translation>
    </message>
    <message>
      <source>Nhập danh sách đơn vị từ tệp…</source>
      <translation>Import unit list from file…</translation>
    </message>
    <message>
      <source>Nhập danh sách đơn vị…</source>
      <translation>Import unit list…</translation>
    </message>
    <message>
      <source>Nhập kết quả kiểm tra</source>
      <translation>Import test results</translation>
    </message>
    <message>
      <source>Nhập kết quả kiểm tra từ tệp</source>
      <translation>Import test results from a file</translation>
    </message>
    <message>
      <source>Nhập lại:</source>
      <translation>Repeat:</translation>
    </message>
    <message>
      <source>Nhập mật khẩu…</source>
      <translation>Enter passphrase…</translation>
    </message>
    <message>
      <source>Nhập tên của đơn vị cấp trên (Tỉnh đoàn).</source>
      <translation>Enter the name of the parent unit (provincial union).</translation>
    </message>
    <message>
      <source>Nhập tệp khóa…</source>
      <translation>Import key file…</translation>
    </message>
    <message>
      <source>Nhập từ &amp;tệp…</source>
      <translation>Import from &amp;file…</translation>
    </message>
    <message>
      <source>Nhập từ Excel…</source>
      <translation>Import from Excel…</translation>
    </message>
    <message>
      <source>Nhập từ tệp</source>
      <translation>Imported from file</translation>
    </message>
    <message>
      <source>Nhập từng bài</source>
      <translation>Enter each paper</translation>
    </message>
    <message>
      <source>Nhập vào ngân hàng:</source>
      <translation>Import into bank:</translation>
    </message>
    <message>
      <source>Nhập điểm danh từ tệp</source>
      <translation>Import attendance from file</translation>
    </message>
    <message>
      <source>Nhập điểm thi trên giấy</source>
      <translation>Enter paper test scores</translation>
    </message>
    <message>
      <source>Nhập đường dẫn để tạo mã QR.</source>
      <translation>Enter a link to make a QR code.</translation>
    </message>
    <message>
      <source>Nhập, xuất và xem các ngân hàng câu hỏi</source>
      <translation>Import, export and view question banks</translation>
    </message>
    <message>
      <source>Những khó khăn, hạn chế khi tổ chức (để trống nếu không có)</source>
      <translation>Difficulties and shortcomings in organising it (leave empty if none)</translation>
    </message>
    <message>
      <source>Những người chưa đến sẽ không còn bị tính là vắng.</source>
      <translation>People who have not arrived will no longer count as absent.</translation>
    </message>
    <message>
      <source>Những người chưa đến sẽ được tính là vắng. Người đến muộn sau đó vẫn quét thẻ được.</source>
      <translation>People who have not arrived will count as absent. Latecomers can still scan their cards afterwards.</translation>
    </message>
    <message>
      <source>Những người đã chọn được mời theo quy tắc thành phần: hãy sửa quy tắc, hoặc đánh dấu vắng có phép.</source>
      <translation>The selected people are invited by an invitee rule: change the rule, or mark them excused.</translation>
    </message>
    <message>
      <source>Những người đã chọn đều đã có trong danh sách mời.</source>
      <translation>The selected people are all already on the invitation list.</translation>
    </message>
    <message>
      <source>Năm sinh</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Nơi nhận
(mỗi dòng một nơi):</source>
      <translation>Recipients
(one per line):</translation>
    </message>
    <message>
      <source>Nơi ở, nơi học tập hoặc công tác</source>
      <translation>Place of residence, study or work</translation>
    </message>
    <message>
      <source>Nơi ở/học tập/công tác</source>
      <translation>Residence/study/work place</translation>
    </message>
    <message>
      <source>Nơi ở/học tập/công tác:</source>
      <translation>Residence/study/work place:</translation>
    </message>
    <message>
      <source>Nếu lưu vào USB, hãy «Tháo thiết bị an toàn» trước khi rút ra.</source>
      <translation>If you saved to a USB drive, use “Safely Remove Hardware” before unplugging it.</translation>
    </message>
    <message>
      <source>Nếu tệp đến qua thư điện tử hay người trung gian, hãy gọi điện cho đơn vị đó để so dấu vân tay này.</source>
      <translation>If the file came by e-mail or through someone else, phone that unit to compare this fingerprint.</translation>
    </message>
    <message>
      <source>Nếu đúng là bạn, nhấn Enter hoặc «Bắt đầu làm bài».</source>
      <translation>If this is you, press Enter or “Start the test”.</translation>
    </message>
    <message>
      <source>Nền tảng</source>
      <translation>Platform</translation>
    </message>
    <message>
      <source>Nền tảng:</source>
      <translation>Platform:</translation>
    </message>
    <message>
      <source>Nội dung</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Nội dung buổi</source>
      <comment>table</comment>
      <translation>Session topics</translation>
    </message>
    <message>
      <source>Nội dung câu hỏi</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Nội dung ghi trong mã (KHÔNG được xác nhận — đừng tin các thông tin này)</source>
      <translation>What the code says (NOT confirmed — do not trust this information)</translation>
    </message>
    <message>
      <source>Nội dung học tập:</source>
      <translation>Study content:</translation>
    </message>
    <message>
      <source>Nội dung:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <source>Nội dung: {scope}</source>
      <translation>Contents: {scope}</translation>
    </message>
    <message>
      <source>Nội dung: {scope}; {records}.</source>
      <translation>Contents: {scope}; {records}.</translation>
    </message>
    <message>
      <source>Nội dung</source>
      <comment>task</comment>
      <translation>Description</translation>
    </message>
    <message>
      <source>Nộp bài</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>Nộp muộn</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Nộp muộn: &lt;b&gt;{late}&lt;/b&gt; · chưa nộp: &lt;b&gt;{missing}&lt;/b&gt; · đã chấm: &lt;b&gt;{graded}&lt;/b&gt;/{received}</source>
      <translation>Late: &lt;b&gt;{late}&lt;/b&gt; · not handed in: &lt;b&gt;{missing}&lt;/b&gt; · marked: &lt;b&gt;{graded}&lt;/b&gt;/{received}</translation>
    </message>
    <message>
      <source>Nộp ngày {date}</source>
      <translation>Handed in on {date}</translation>
    </message>
    <message>
      <source>Nộp ngày {date} (muộn)</source>
      <translation>Handed in on {date} (late)</translation>
    </message>
    <message>
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>PDF (bản chụp)</source>
      <translation>PDF (scan)</translation>
    </message>
    <message>
      <source>PDF là ảnh quét, không có chữ: chỉ lưu tệp</source>
      <translation>the PDF is a scanned image without text: file kept only</translation>
    </message>
    <message>
      <source>Phiên bản</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Phiên bản {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <source>Phát hiện lúc</source>
      <translation>Found at</translation>
    </message>
    <message>
      <source>Phó Bí thư</source>
      <translation>Deputy secretary</translation>
    </message>
    <message>
      <source>Phông chữ</source>
      <translation>Fonts</translation>
    </message>
    <message>
      <source>Phạm vi</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Phải
kiểm tra</source>
      <translation>To
test</translation>
    </message>
    <message>
      <source>Phải nộp</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>Phải nộp: mọi người được mời</source>
      <translation>Required from: everyone invited</translation>
    </message>
    <message>
      <source>Phải nộp: {positions}</source>
      <translation>Required from: {positions}</translation>
    </message>
    <message>
      <source>Phần cán bộ viết</source>
      <translation>Written by the officer</translation>
    </message>
    <message>
      <source>Phần của bài ngắn hơn có trong bài kia (tính theo các cụm 4 chữ liền nhau)</source>
      <translation>Share of the shorter essay found in the other one (counted in runs of 4 consecutive words)</translation>
    </message>
    <message>
      <source>Phần {index}/{count} của gói {name} bị hỏng (tệp {file} không khớp mã kiểm tra): hãy lấy lại phần này.</source>
      <translation>Part {index}/{count} of the package {name} is damaged (the file {file} does not match its checksum): get this part again.</translation>
    </message>
    <message>
      <source>Phần đầu của gói mã hóa bị hỏng.</source>
      <translation>The header of the encrypted package is damaged.</translation>
    </message>
    <message>
      <source>Phần đầu của tệp {file} bị hỏng: hãy lấy lại tệp này.</source>
      <translation>The header of the file {file} is damaged: get this file again.</translation>
    </message>
    <message>
      <source>Qt và PySide6 được dùng theo giấy phép LGPL v3: các thư viện này nằm thành tệp riêng trong thư mục cài đặt và có thể được thay bằng phiên bản khác; mã nguồn của Qt có tại https://code.qt.io.</source>
      <translation>Qt and PySide6 are used under the LGPL v3 licence: these libraries are separate files in the installation folder and can be replaced with other versions; Qt’s source code is available at https://code.qt.io.</translation>
    </message>
    <message>
      <source>Quy tắc</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Quy tắc mời</source>
      <comment>table</comment>
      <translation>Invitation rules</translation>
    </message>
    <message>
      <source>Quy tắc này mời:</source>
      <translation>This rule invites:</translation>
    </message>
    <message>
      <source>Quá hạn</source>
      <translation>Overdue</translation>
    </message>
    <message numerus="yes">
      <source>Quá hạn %n ngày</source>
      <translation>
        <numerusform>Overdue by %n day</numerusform>
        <numerusform>Overdue by %n days</numerusform>
      </translation>
    </message>
    <message>
      <source>Quá hạn, chưa chọn đủ câu hỏi</source>
      <translation>Overdue, not enough questions chosen</translation>
    </message>
    <message>
      <source>Quá hạn: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation>Overdue: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Quét thẻ</source>
      <translation>Card scan</translation>
    </message>
    <message>
      <source>Quét thẻ hoặc tìm theo tên</source>
      <translation>Scan a card or find by name</translation>
    </message>
    <message>
      <source>Quét thẻ hoặc tìm tên</source>
      <translation>Scan your card or find your name</translation>
    </message>
    <message>
      <source>Quét thẻ, hoặc gõ họ tên…</source>
      <translation>Scan your card, or type your full name…</translation>
    </message>
    <message>
      <source>Quản lý đoàn viên, đơn vị, hội nghị, điểm danh, kiểm tra, bài thu hoạch và báo cáo cho cơ quan Đoàn TNCS Hồ Chí Minh. Chạy hoàn toàn trên máy, không cần mạng; dữ liệu nằm trong thư mục dữ liệu của người dùng trên máy này.</source>
      <translation>Manages members, units, conferences, attendance, tests, essays and reports for offices of the Đoàn TNCS Hồ Chí Minh. Runs entirely on this computer with no network needed; the data is kept in the user’s data folder on this computer.</translation>
    </message>
    <message>
      <source>Ra đề:</source>
      <translation>Test paper:</translation>
    </message>
    <message>
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Sang tab «Đơn vị gửi / khóa» để tin cậy khóa của đơn vị gửi</source>
      <translation>Go to the “Senders / keys” tab to trust the sending unit's key</translation>
    </message>
    <message>
      <source>Sao chép</source>
      <translation>Copied</translation>
    </message>
    <message>
      <source>Sao chép làm mẫu</source>
      <translation>Copy as template</translation>
    </message>
    <message>
      <source>Sao chép</source>
      <comment>action</comment>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Sao lưu</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Sao lưu ngay</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Sao lưu ra USB hoặc thư mục khác…</source>
      <translation>Back up to a USB drive or another folder…</translation>
    </message>
    <message>
      <source>Sao lưu thủ công</source>
      <translation>Manual backup</translation>
    </message>
    <message>
      <source>Sao lưu tự động</source>
      <translation>Automatic backups</translation>
    </message>
    <message>
      <source>Sao lưu và khôi phục</source>
      <translation>Backup and restore</translation>
    </message>
    <message>
      <source>Sao lưu và khôi phục…</source>
      <translation>Backup and restore…</translation>
    </message>
    <message>
      <source>Sao lưu: số bản hằng tháng giữ lại (bản mới nhất mỗi tháng)</source>
      <translation>Backups: monthly backups to keep (the newest of each month)</translation>
    </message>
    <message>
      <source>Sao lưu: số bản hằng tuần giữ lại (bản mới nhất mỗi tuần)</source>
      <translation>Backups: weekly backups to keep (the newest of each week)</translation>
    </message>
    <message>
      <source>Sao lưu: số bản sao lưu hằng ngày giữ lại</source>
      <translation>Backups: daily backups to keep</translation>
    </message>
    <message>
      <source>Sao lưu: thư mục chứa các bản sao lưu (để trống: thư mục «backups» trong thư mục dữ liệu)</source>
      <translation>Backups: folder that holds the backups (empty: the “backups” folder in the data folder)</translation>
    </message>
    <message>
      <source>Sao lưu: tự động sao lưu mỗi ngày khi mở DoanDesk</source>
      <translation>Backups: back up automatically every day when DoanDesk opens</translation>
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này cho chọn ngân hàng câu hỏi và cách ra đề, mở phòng thi trên máy, nhập kết quả từ ứng dụng hoặc tệp, xem ai đã kiểm tra, ai đã đạt theo từng đơn vị và cấp giấy chứng nhận.</source>
      <translation>Once saved (Ctrl+S), this tab lets you choose the question bank and how test papers are made, open the test kiosk, import results from the app or a file, see who has taken and who has passed the test in each unit, and issue certificates.</translation>
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này cho mở trạm điểm danh, nhập danh sách ký tên hoặc tệp điểm danh, và xem số người có mặt theo buổi, điểm cầu và đơn vị.</source>
      <translation>Once saved (Ctrl+S), this tab lets you open the check-in station, enter sign-in sheets or attendance files, and see who was present by session, bridge point and unit.</translation>
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này cho đặt yêu cầu bài thu hoạch (ai phải nộp, hạn nộp, thang xếp loại), ghi nhận bài nộp bằng cách kéo thả tệp hoặc nhập cả thư mục, chấm điểm, phát hiện bài giống nhau và xuất tổng hợp theo đơn vị.</source>
      <translation>Once saved (Ctrl+S), this tab lets you set the essay requirements (who must hand in, the deadline, the grading scale), record essays by dragging and dropping files or importing a whole folder, mark them, find similar essays and export a summary by unit.</translation>
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này lập báo cáo kết quả hội nghị theo thể thức văn bản của Đoàn từ số liệu điểm danh, kiểm tra nhận thức và bài thu hoạch; cán bộ viết phần đánh giá, đề xuất, lấy số văn bản, xem trước, in hoặc lưu PDF và Excel.</source>
      <translation>Once saved (Ctrl+S), this tab writes the conference's report in the Union's document format from the attendance, awareness test and essay figures; the officer writes the assessment and proposals, takes a document number, previews, prints or saves PDF and Excel.</translation>
    </message>
    <message>
      <source>Sau khi nộp không sửa được nữa.</source>
      <translation>After submitting, nothing can be changed.</translation>
    </message>
    <message>
      <source>So các bài có chữ với nhau, xem các cặp giống nhau quá mức và kết luận</source>
      <translation>Compare the essays that have text, review the pairs that are too similar and decide</translation>
    </message>
    <message>
      <source>Sáng</source>
      <translation>Morning</translation>
    </message>
    <message>
      <source>SĐT</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Sắp diễn ra</source>
      <translation>Coming up</translation>
    </message>
    <message>
      <source>Sắp diễn ra (14 ngày tới): các buổi và kiểm tra kết nối</source>
      <translation>Coming up (next 14 days): sessions and connection tests</translation>
    </message>
    <message>
      <source>Sắp đến hạn</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <source>Sắp đến hạn: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation>Due soon: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Sẽ ghi có mặt</source>
      <translation>Will be recorded present</translation>
    </message>
    <message>
      <source>Số &lt;i style='color:{colour}'&gt;in nghiêng&lt;/i&gt; ở cột «Vắng / chưa đến»: buổi chưa kết thúc tại điểm cầu đó, là số người chưa đến.</source>
      <translation>Figures in &lt;i style='color:{colour}'&gt;italics&lt;/i&gt; in the “Absent / not yet arrived” column: the session has not ended at that bridge point; it is the number of people not yet arrived.</translation>
    </message>
    <message>
      <source>Số CCCD</source>
      <translation>Citizen ID number</translation>
    </message>
    <message>
      <source>Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số.</source>
      <translation>The citizen ID number must have 12 (or 9) digits.</translation>
    </message>
    <message>
      <source>Số CCCD:</source>
      <translation>Citizen ID:</translation>
    </message>
    <message>
      <source>Số buổi</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>Số bản ghi</source>
      <translation>Records</translation>
    </message>
    <message>
      <source>Số chuyên đề</source>
      <translation>Topics</translation>
    </message>
    <message>
      <source>Số chữ</source>
      <translation>Words</translation>
    </message>
    <message>
      <source>Số câu</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Số câu của chủ đề «{topic}» không được âm.</source>
      <translation>The number of questions for topic «{topic}» cannot be negative.</translation>
    </message>
    <message>
      <source>Số câu của đề:</source>
      <translation>Questions in the test paper:</translation>
    </message>
    <message>
      <source>Số câu hỏi phải từ 1 đến 500.</source>
      <translation>The number of questions must be from 1 to 500.</translation>
    </message>
    <message>
      <source>Số câu mỗi đề:</source>
      <translation>Questions per paper:</translation>
    </message>
    <message>
      <source>Số câu theo chủ đề</source>
      <translation>Questions by topic</translation>
    </message>
    <message>
      <source>Số câu đúng gõ không kèm tổng (ví dụ 72) được tính trên số câu này</source>
      <translation>A number of right answers typed without a total (e.g. 72) is counted out of this many questions</translation>
    </message>
    <message>
      <source>Số giấy chứng nhận:</source>
      <translation>Certificate number:</translation>
    </message>
    <message>
      <source>Số gói đã nhận</source>
      <translation>Packages received</translation>
    </message>
    <message>
      <source>Số liệu các đơn vị báo cáo</source>
      <translation>Figures reported by the units</translation>
    </message>
    <message>
      <source>Số lượt
thi</source>
      <translation>Attempts</translation>
    </message>
    <message>
      <source>Số lượt chia sẻ</source>
      <translation>Shares</translation>
    </message>
    <message>
      <source>Số lượt chia sẻ:</source>
      <translation>Number of shares:</translation>
    </message>
    <message>
      <source>Số lượt tương tác</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>Số lượt tương tác:</source>
      <translation>Number of interactions:</translation>
    </message>
    <message>
      <source>Số lần thi</source>
      <translation>Attempts</translation>
    </message>
    <message>
      <source>Số lần thi không được âm (0 là thi lại đến khi đạt).</source>
      <translation>The number of attempts cannot be negative (0 means retakes until passed).</translation>
    </message>
    <message>
      <source>Số lần thi tối đa:</source>
      <translation>Maximum attempts:</translation>
    </message>
    <message>
      <source>Số người</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>Số người theo điểm cầu</source>
      <translation>People by bridge point</translation>
    </message>
    <message>
      <source>Số người tại điểm cầu</source>
      <translation>People at the bridge point</translation>
    </message>
    <message>
      <source>Số người tại điểm cầu:</source>
      <translation>Attendees at the bridge point:</translation>
    </message>
    <message>
      <source>Số phương án</source>
      <translation>Options</translation>
    </message>
    <message>
      <source>Số thẻ</source>
      <translation>Card number</translation>
    </message>
    <message>
      <source>Số thẻ {card_number} trùng với dòng {row} trong tệp.</source>
      <translation>Card number {card_number} duplicates row {row} of the file.</translation>
    </message>
    <message>
      <source>Số thẻ {card_number} đã cấp cho đoàn viên {name} ({birth}): khác họ tên và ngày sinh với dòng này.</source>
      <translation>Card number {card_number} was issued to member {name} ({birth}): full name and date of birth differ from this row.</translation>
    </message>
    <message>
      <source>Số thẻ {card_number} đã cấp cho đoàn viên {name}.</source>
      <translation>Card number {card_number} was already issued to member {name}.</translation>
    </message>
    <message>
      <source>Số thẻ ĐV</source>
      <translation>Card no.</translation>
    </message>
    <message>
      <source>Số thẻ đoàn viên</source>
      <translation>Union card number</translation>
    </message>
    <message>
      <source>Số thẻ đoàn viên quá dài (tối đa 32 ký tự).</source>
      <translation>The Union card number is too long (at most 32 characters).</translation>
    </message>
    <message>
      <source>Số thẻ đoàn viên:</source>
      <translation>Member card number:</translation>
    </message>
    <message>
      <source>Số thứ tự {number} ngoài danh sách (từ 1 đến {highest}).</source>
      <translation>Number {number} is outside the list (1 to {highest}).</translation>
    </message>
    <message>
      <source>Số thứ tự đã &amp;ký:</source>
      <translation>Row numbers &amp;signed:</translation>
    </message>
    <message>
      <source>Số trang phát trực tiếp</source>
      <translation>Pages streaming live</translation>
    </message>
    <message>
      <source>Số trang phát trực tiếp:</source>
      <translation>Number of live-streaming pages:</translation>
    </message>
    <message>
      <source>Số và ngày đã ghi vào sổ văn bản; in lại báo cáo vẫn giữ số này.</source>
      <translation>The number and date are in the document register; printing the report again keeps this number.</translation>
    </message>
    <message>
      <source>Số văn bản</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>Số {number}-{code}, ngày {date}</source>
      <translation>No. {number}-{code}, dated {date}</translation>
    </message>
    <message>
      <source>Số điện thoại</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <source>Số điện thoại không hợp lệ</source>
      <translation>Invalid phone number</translation>
    </message>
    <message>
      <source>Số điện thoại phải bắt đầu bằng 0 và có 10–11 chữ số (số nước ngoài: +…).</source>
      <translation>The phone number must start with 0 and have 10–11 digits (foreign numbers: +…).</translation>
    </message>
    <message>
      <source>Số điện thoại «{phone}» không hợp lệ: số trong nước bắt đầu bằng 0 và có 10 chữ số (số nước ngoài ghi +…).</source>
      <translation>The phone number «{phone}» is not valid: a domestic number starts with 0 and has 10 digits (write foreign numbers as +…).</translation>
    </message>
    <message>
      <source>Số điện thoại:</source>
      <translation>Phone number:</translation>
    </message>
    <message>
      <source>Số, ký hiệu văn bản:</source>
      <translation>Document number/code:</translation>
    </message>
    <message>
      <source>Sổ theo dõi bài thu hoạch</source>
      <translation>Essay register</translation>
    </message>
    <message>
      <source>Sổ theo dõi bài thu hoạch (PDF)…</source>
      <translation>Essay register (PDF)…</translation>
    </message>
    <message>
      <source>Sức chứa</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <source>Sức chứa:</source>
      <translation>Capacity:</translation>
    </message>
    <message>
      <source>Sửa câu hỏi</source>
      <translation>Edit question</translation>
    </message>
    <message>
      <source>Sửa quy tắc…</source>
      <translation>Edit rule…</translation>
    </message>
    <message>
      <source>Sửa thành phần mời</source>
      <translation>Edit invitees</translation>
    </message>
    <message>
      <source>Sửa đoàn viên – {name}</source>
      <translation>Edit member – {name}</translation>
    </message>
    <message>
      <source>Sửa đơn vị</source>
      <translation>Edit unit</translation>
    </message>
    <message>
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Tham dự</source>
      <translation>Participation</translation>
    </message>
    <message>
      <source>Tham gia</source>
      <translation>Joins</translation>
    </message>
    <message>
      <source>Tham gia các buổi:</source>
      <translation>Joins the sessions:</translation>
    </message>
    <message>
      <source>Thang xếp loại cần ít nhất 2 mức, không trống, không trùng nhau.</source>
      <translation>The grading scale needs at least 2 grades, none empty and no two the same.</translation>
    </message>
    <message>
      <source>Thang: {bands} điểm.</source>
      <translation>Scale: {bands} points.</translation>
    </message>
    <message>
      <source>Thao tác</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Thay bài</source>
      <translation>Replace essay</translation>
    </message>
    <message>
      <source>Thay bài nộp ngày {date}</source>
      <translation>Replaces the essay handed in on {date}</translation>
    </message>
    <message>
      <source>Thay bài nộp ngày {date} (bản giấy)</source>
      <translation>Replaces the essay handed in on {date} (on paper)</translation>
    </message>
    <message>
      <source>Thay đổi chưa lưu</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Theo buổi và điểm cầu</source>
      <translation>By session and bridge point</translation>
    </message>
    <message>
      <source>Theo chủ đề {by_topic} câu; {rest} câu còn lại lấy ngẫu nhiên từ cả ngân hàng.</source>
      <translation>{by_topic} questions by topic; the other {rest} are drawn at random from the whole bank.</translation>
    </message>
    <message>
      <source>Theo dõi đơn vị</source>
      <translation>Unit tracking</translation>
    </message>
    <message>
      <source>Theo lần lưu gần nhất; lưu (Ctrl+S) để cập nhật.</source>
      <translation>As of the last save; save (Ctrl+S) to update.</translation>
    </message>
    <message>
      <source>Theo đúng mẫu nhập: sửa trong Excel rồi nhập lại được</source>
      <translation>In the import template: edit it in Excel and import it again</translation>
    </message>
    <message>
      <source>Theo đơn vị (cả hội nghị)</source>
      <translation>By unit (whole conference)</translation>
    </message>
    <message>
      <source>Theo đơn vị, danh sách chưa nộp và danh sách bài gửi lên tỉnh</source>
      <translation>By unit, with the list of missing essays and the list of essays sent to the province</translation>
    </message>
    <message>
      <source>Thi lại: ưu tiên câu chưa gặp</source>
      <translation>Retakes: prefer unseen questions</translation>
    </message>
    <message>
      <source>Thi trên giấy</source>
      <translation>Test on paper</translation>
    </message>
    <message>
      <source>Thi trên máy</source>
      <translation>Test on computer</translation>
    </message>
    <message>
      <source>Thi trắc nghiệm: {title}</source>
      <translation>Multiple-choice test: {title}</translation>
    </message>
    <message>
      <source>Thiếu các phần {part} của gói {name}: hãy lưu đủ các phần vào cùng một thư mục.</source>
      <translation>Parts {part} of the package {name} are missing: save all the parts in the same folder.</translation>
    </message>
    <message>
      <source>Thiếu họ và tên người đặt câu hỏi.</source>
      <translation>The asker's full name is missing.</translation>
    </message>
    <message>
      <source>Thiếu họ và tên.</source>
      <translation>Full name missing.</translation>
    </message>
    <message>
      <source>Thiếu ngày đầu tiên của hội nghị mới.</source>
      <translation>The new conference's first day is missing.</translation>
    </message>
    <message>
      <source>Thiếu nội dung câu hỏi.</source>
      <translation>The question text is missing.</translation>
    </message>
    <message>
      <source>Thiếu phần {part} của gói {name}: hãy lưu đủ các phần vào cùng một thư mục.</source>
      <translation>Part {part} of the package {name} is missing: save all the parts in the same folder.</translation>
    </message>
    <message>
      <source>Thiếu tên chi đoàn.</source>
      <translation>Branch name missing.</translation>
    </message>
    <message>
      <source>Thiếu tên hội nghị mới.</source>
      <translation>The new conference's name is missing.</translation>
    </message>
    <message>
      <source>Thiếu tên hội nghị.</source>
      <translation>The conference name is missing.</translation>
    </message>
    <message>
      <source>Thiếu tên đơn vị.</source>
      <translation>Unit name missing.</translation>
    </message>
    <message>
      <source>Thiếu {label}.</source>
      <translation>Missing {label}.</translation>
    </message>
    <message>
      <source>Thiếu đơn vị tổ chức (hoặc đơn vị không có trong cây đơn vị).</source>
      <translation>The organising unit is missing (or the unit is not in the unit tree).</translation>
    </message>
    <message>
      <source>Thoát</source>
      <translation>Exit</translation>
    </message>
    <message>
      <source>Thoát màn hình thi</source>
      <translation>Exit the test screen</translation>
    </message>
    <message>
      <source>Thu gọn</source>
      <translation>Collapse</translation>
    </message>
    <message>
      <source>Thu nhỏ (F11)</source>
      <translation>Exit full screen (F11)</translation>
    </message>
    <message>
      <source>Thu thập</source>
      <translation>Collected</translation>
    </message>
    <message>
      <source>Thuộc đơn &amp;vị:</source>
      <translation>Within &amp;unit:</translation>
    </message>
    <message>
      <source>Thành phần</source>
      <translation>Invitees</translation>
    </message>
    <message>
      <source>Thành phần - {title}.pdf</source>
      <translation>Invitees - {title}.pdf</translation>
    </message>
    <message>
      <source>Thành phần triệu tập (quy tắc mời)</source>
      <translation>Invitees (invitation rules)</translation>
    </message>
    <message>
      <source>Thành phần {number}</source>
      <translation>Invitee group {number}</translation>
    </message>
    <message>
      <source>Thành phần {number} «{rule}»: không có đoàn viên nào phù hợp (kiểm tra đơn vị, cấp và chức vụ).</source>
      <translation>Invitee group {number} «{rule}»: no member matches (check the unit, level and positions).</translation>
    </message>
    <message>
      <source>Thành phần được mời</source>
      <translation>Invitees</translation>
    </message>
    <message>
      <source>Thành phần được mời</source>
      <comment>table</comment>
      <translation>Invitees</translation>
    </message>
    <message>
      <source>Thành tích nổi bật:</source>
      <translation>Notable achievements:</translation>
    </message>
    <message>
      <source>Thành tích: {achievements}</source>
      <translation>Achievements: {achievements}</translation>
    </message>
    <message>
      <source>Thêm</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Thêm &amp;buổi</source>
      <translation>Add &amp;session</translation>
    </message>
    <message>
      <source>Thêm &amp;quy tắc…</source>
      <translation>Add &amp;rule…</translation>
    </message>
    <message>
      <source>Thêm &amp;tài liệu</source>
      <translation>Add &amp;material</translation>
    </message>
    <message>
      <source>Thêm &amp;việc</source>
      <translation>Add &amp;task</translation>
    </message>
    <message>
      <source>Thêm &amp;điểm cầu</source>
      <translation>Add &amp;bridge point</translation>
    </message>
    <message>
      <source>Thêm buổi (phím Insert trong bảng)</source>
      <translation>Add a session (Insert key in the table)</translation>
    </message>
    <message>
      <source>Thêm bài này vào danh sách (Enter ở ô điểm)</source>
      <translation>Add this paper to the list (Enter in the score box)</translation>
    </message>
    <message>
      <source>Thêm c&amp;huyên đề</source>
      <translation>Add to&amp;pic</translation>
    </message>
    <message>
      <source>Thêm chuyên đề vào buổi đang chọn (phím Insert trong bảng chuyên đề)</source>
      <translation>Add a topic to the selected session (Insert key in the topics table)</translation>
    </message>
    <message>
      <source>Thêm các buổi ở thẻ «Buổi &amp; chuyên đề» rồi lưu (Ctrl+S) để điểm danh theo buổi.</source>
      <translation>Add the sessions on the “Sessions &amp; topics” tab and save (Ctrl+S) to take attendance by session.</translation>
    </message>
    <message>
      <source>Thêm câu hỏi</source>
      <translation>Add question</translation>
    </message>
    <message>
      <source>Thêm câu hỏi (phím Insert trong bảng)</source>
      <translation>Add a question (Insert key in the table)</translation>
    </message>
    <message>
      <source>Thêm hội nghị</source>
      <translation>Add conference</translation>
    </message>
    <message>
      <source>Thêm hội nghị (Ctrl+N)</source>
      <translation>Add a conference (Ctrl+N)</translation>
    </message>
    <message>
      <source>Thêm hội nghị…</source>
      <translation>Add conference…</translation>
    </message>
    <message>
      <source>Thêm một hội nghị học tập, giao ban, đối thoại…: chương trình các buổi, điểm cầu, thành phần được mời, tài liệu và các hạn phải làm.</source>
      <translation>Add a study conference, briefing, dialogue…: the programme of its sessions, bridge points, invitees, materials and the deadlines to meet.</translation>
    </message>
    <message>
      <source>Thêm mới</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Thêm mức xếp loại</source>
      <translation>Add a grade</translation>
    </message>
    <message>
      <source>Thêm thành phần mời</source>
      <translation>Add invitees</translation>
    </message>
    <message>
      <source>Thêm thành phần được mời ở thẻ «Thành phần» rồi lưu (Ctrl+S): số liệu điểm danh tính trên danh sách người được mời của từng điểm cầu.</source>
      <translation>Add invitees on the “Invitees” tab and save (Ctrl+S): attendance figures are counted against each bridge point's list of invitees.</translation>
    </message>
    <message>
      <source>Thêm tiêu chí</source>
      <translation>Add a criterion</translation>
    </message>
    <message>
      <source>Thêm tài liệu (phím Insert trong bảng)</source>
      <translation>Add a material (Insert key in the table)</translation>
    </message>
    <message>
      <source>Thêm từng đoàn viên, hoặc nhập cả danh sách từ tệp Excel (.xlsx, .xls, .ods).</source>
      <translation>Add members one by one, or import a whole list from an Excel file (.xlsx, .xls, .ods).</translation>
    </message>
    <message>
      <source>Thêm việc có hạn (phím Insert trong bảng)</source>
      <translation>Add a task with a deadline (Insert key in the table)</translation>
    </message>
    <message>
      <source>Thêm điểm cầu (phím Insert trong bảng)</source>
      <translation>Add a bridge point (Insert key in the table)</translation>
    </message>
    <message>
      <source>Thêm điểm cầu ở thẻ «Điểm cầu» rồi lưu (Ctrl+S): mỗi điểm cầu điểm danh riêng.</source>
      <translation>Add bridge points on the “Bridge points” tab and save (Ctrl+S): each bridge point takes its own attendance.</translation>
    </message>
    <message>
      <source>Thêm đoàn viên</source>
      <translation>Add member</translation>
    </message>
    <message>
      <source>Thêm đoàn viên (Ctrl+N)</source>
      <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message>
      <source>Thêm đoàn viên…</source>
      <translation>Add member…</translation>
    </message>
    <message>
      <source>Thêm đơn vị trực thuộc</source>
      <translation>Add subordinate unit</translation>
    </message>
    <message>
      <source>Thêm đơn vị trực thuộc…</source>
      <translation>Add subordinate unit…</translation>
    </message>
    <message>
      <source>Thêm…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Thông tin chung</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Thông tin giấy chứng nhận</source>
      <translation>Certificate details</translation>
    </message>
    <message>
      <source>Thư mục không có tệp bài thu hoạch nào.</source>
      <translation>The folder has no essay files.</translation>
    </message>
    <message>
      <source>Thư mục {folder} không còn: ổ đĩa có thể đã bị rút ra. Hãy cắm lại và ghi lại gói {name}.</source>
      <translation>The folder {folder} is gone: the drive may have been pulled out. Plug it in again and write the package {name} again.</translation>
    </message>
    <message>
      <source>Thư mục {folder} không có gói báo cáo nào (tệp .ddb hoặc các phần của gói).</source>
      <translation>The folder {folder} has no report packages (.ddb files or parts of a package).</translation>
    </message>
    <message>
      <source>Thư mục «{folder}» không tồn tại.</source>
      <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
      <source>Thư mục «{folder}»: {parts}.</source>
      <translation>Folder “{folder}”: {parts}.</translation>
    </message>
    <message>
      <source>Thư mục:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>Thư viện</source>
      <translation>Libraries</translation>
    </message>
    <message>
      <source>Thư điện tử</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Thư điện tử tới {recipients}</source>
      <translation>E-mail to {recipients}</translation>
    </message>
    <message>
      <source>Thư điện tử: bảo mật kết nối (starttls, ssl hoặc none)</source>
      <translation>E-mail: connection security (starttls, ssl or none)</translation>
    </message>
    <message>
      <source>Thư điện tử: cổng máy chủ (STARTTLS thường là 587, SSL là 465)</source>
      <translation>E-mail: server port (usually 587 for STARTTLS, 465 for SSL)</translation>
    </message>
    <message>
      <source>Thư điện tử: dung lượng tối đa mỗi thư (MB, theo giới hạn của máy chủ thư); gói lớn hơn được chia thành nhiều phần</source>
      <translation>E-mail: largest size of one message (MB, as the mail server allows); a larger package is split into several parts</translation>
    </message>
    <message>
      <source>Thư điện tử: máy chủ gửi thư (SMTP), ví dụ smtp.gmail.com</source>
      <translation>E-mail: outgoing mail server (SMTP), e.g. smtp.gmail.com</translation>
    </message>
    <message>
      <source>Thư điện tử: tên đăng nhập (để trống nếu máy chủ không cần)</source>
      <translation>E-mail: user name (empty if the server needs none)</translation>
    </message>
    <message>
      <source>Thư điện tử: địa chỉ người gửi</source>
      <translation>E-mail: sender's address</translation>
    </message>
    <message>
      <source>Thư điện tử: địa chỉ nhận gói (mỗi dòng một địa chỉ)</source>
      <translation>E-mail: addresses that receive packages (one address per line)</translation>
    </message>
    <message>
      <source>Thẩm quyền ký:</source>
      <translation>Signing authority:</translation>
    </message>
    <message>
      <source>Thẻ của nơi khác, hoặc máy này chưa có dữ liệu của thẻ. Hãy tìm theo tên.</source>
      <translation>A card from elsewhere, or this computer does not have the card's data yet. Find the name instead.</translation>
    </message>
    <message>
      <source>Thẻ mã {code} đã được thay bằng thẻ mới. Hãy dùng thẻ mới, hoặc gõ họ tên để tìm.</source>
      <translation>The card with code {code} has been replaced by a new card. Use the new card, or type your name to search.</translation>
    </message>
    <message>
      <source>Thẻ điểm danh - {title}.pdf</source>
      <translation>Attendance cards - {title}.pdf</translation>
    </message>
    <message>
      <source>Thẻ điểm danh có mã QR (PDF)…</source>
      <translation>Attendance cards with QR code (PDF)…</translation>
    </message>
    <message>
      <source>Thẻ đoàn viên</source>
      <comment>table</comment>
      <translation>Member cards</translation>
    </message>
    <message>
      <source>Thẻ đã bị thu hồi</source>
      <translation>Card revoked</translation>
    </message>
    <message>
      <source>Thẻ đã bị thu hồi (đã cấp thẻ mới)</source>
      <translation>Card revoked (a new card has been issued)</translation>
    </message>
    <message>
      <source>Thống nhất kết quả</source>
      <translation>Agreed result</translation>
    </message>
    <message>
      <source>Thời gian</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Thời gian còn lại</source>
      <translation>Time left</translation>
    </message>
    <message>
      <source>Thời gian làm bài phải từ 1 đến 300 phút.</source>
      <translation>The test time must be from 1 to 300 minutes.</translation>
    </message>
    <message>
      <source>Thời gian làm bài:</source>
      <translation>Time allowed:</translation>
    </message>
    <message>
      <source>Thời gian</source>
      <comment>dates</comment>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Thời điểm</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tin cậy khóa</source>
      <translation>Trust key</translation>
    </message>
    <message>
      <source>Tin cậy khóa này…</source>
      <translation>Trust this key…</translation>
    </message>
    <message>
      <source>Tin cậy?</source>
      <translation>Trusted?</translation>
    </message>
    <message>
      <source>Tiêu chí chấm</source>
      <translation>Marking criterion</translation>
    </message>
    <message>
      <source>Tiêu đề trong tệp</source>
      <translation>Heading in the file</translation>
    </message>
    <message>
      <source>Tiếp tục</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>Tiếp tục bài làm: còn {remaining}. Đã trả lời {answered}/{total} câu; các câu trả lời trước vẫn được giữ nguyên.</source>
      <translation>Continuing the test: {remaining} left. {answered}/{total} questions answered; earlier answers are kept.</translation>
    </message>
    <message>
      <source>Tiếp tục nhập</source>
      <translation>Continue entering</translation>
    </message>
    <message>
      <source>Toàn bộ dữ liệu</source>
      <translation>All data</translation>
    </message>
    <message>
      <source>Toàn bộ dữ liệu của đơn vị</source>
      <translation>All of the unit's data</translation>
    </message>
    <message>
      <source>Toàn màn hình (F11)</source>
      <translation>Full screen (F11)</translation>
    </message>
    <message>
      <source>Trang</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Trang phát</source>
      <translation>Stream pages</translation>
    </message>
    <message>
      <source>Trong bản sao lưu</source>
      <translation>In the backup</translation>
    </message>
    <message>
      <source>Trong ngân hàng</source>
      <translation>In the bank</translation>
    </message>
    <message>
      <source>Trong đơn &amp;vị:</source>
      <translation>In &amp;unit:</translation>
    </message>
    <message>
      <source>Trùng họ tên và ngày sinh với dòng {row} trong tệp.</source>
      <translation>Same full name and date of birth as row {row} of the file.</translation>
    </message>
    <message>
      <source>Trùng lặp</source>
      <translation>Copying</translation>
    </message>
    <message>
      <source>Trước khi bắt đầu, hãy cho biết máy tính này thuộc đơn vị nào. Danh sách đoàn viên, hội nghị và báo cáo đều tính theo đơn vị này.</source>
      <translation>Before you start, tell DoanDesk which unit this computer belongs to. Members, conferences and reports are all kept for this unit.</translation>
    </message>
    <message>
      <source>Trước khi nâng cấp</source>
      <translation>Before an upgrade</translation>
    </message>
    <message>
      <source>Trưởng thành Đoàn</source>
      <translation>Graduated</translation>
    </message>
    <message>
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Trả lời đúng {correct}/{total} câu ({percent}%). Điểm đạt: từ {pass_percent}% ({need}/{total} câu).</source>
      <translation>{correct}/{total} correct answers ({percent}%). Pass mark: {pass_percent}% ({need}/{total} questions).</translation>
    </message>
    <message>
      <source>Trợ &amp;giúp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Trực thuộc:</source>
      <translation>Under:</translation>
    </message>
    <message>
      <source>Tuổi {age} nằm ngoài độ tuổi đoàn viên ({min_age}–{max_age}).</source>
      <translation>Age {age} is outside the member age range ({min_age}–{max_age}).</translation>
    </message>
    <message>
      <source>Tài liệu</source>
      <translation>Materials</translation>
    </message>
    <message>
      <source>Tài liệu - {title}.pdf</source>
      <translation>Materials - {title}.pdf</translation>
    </message>
    <message>
      <source>Tài liệu PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Tài liệu gửi các điểm cầu</source>
      <translation>Materials sent to the bridge points</translation>
    </message>
    <message>
      <source>Tài liệu {number} «{title}»: cần một đường dẫn hoặc một tệp.</source>
      <translation>Material {number} «{title}»: needs a link or a file.</translation>
    </message>
    <message>
      <source>Tài liệu {number} «{title}»: đường dẫn phải bắt đầu bằng http:// hoặc https://.</source>
      <translation>Material {number} «{title}»: the link must start with http:// or https://.</translation>
    </message>
    <message>
      <source>Tài liệu {number}: loại «{kind}» không có.</source>
      <translation>Material {number}: there is no kind «{kind}».</translation>
    </message>
    <message>
      <source>Tài liệu {number}: thiếu tên tài liệu.</source>
      <translation>Material {number}: the material's name is missing.</translation>
    </message>
    <message>
      <source>Tài liệu đang chọn</source>
      <translation>Selected material</translation>
    </message>
    <message>
      <source>Tài liệu</source>
      <comment>table</comment>
      <translation>Materials</translation>
    </message>
    <message>
      <source>Tách Họ đệm / Tên thành hai cột</source>
      <translation>Split family and middle name / given name into two columns</translation>
    </message>
    <message>
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Tên Tỉnh đoàn:</source>
      <translation>Provincial union name:</translation>
    </message>
    <message>
      <source>Tên buổi</source>
      <translation>Session name</translation>
    </message>
    <message>
      <source>Tên buổi:</source>
      <translation>Session name:</translation>
    </message>
    <message>
      <source>Tên gọi (nếu muốn):</source>
      <translation>Name (optional):</translation>
    </message>
    <message>
      <source>Tên hội nghị</source>
      <translation>Conference name</translation>
    </message>
    <message>
      <source>Tên ngân hàng (mặc định theo tên tệp)</source>
      <translation>Bank name (the file name by default)</translation>
    </message>
    <message>
      <source>Tên trong tệp gần giống tên một đoàn viên (có thể gõ sai dấu, sai chữ). Đánh dấu «Xác nhận» ở những dòng đúng người; dòng không đánh dấu sẽ không được ghi. «Độ khớp»: họ tên giống nhau đến đâu (khi nhiều người gần giống, người cùng đơn vị, cùng ngày sinh được gợi ý).</source>
      <translation>The name in the file is close to a member’s name (a tone mark or letter may be mistyped). Tick “Confirm” on the rows that are the right person; unticked rows are not saved. “Similarity”: how alike the names are (when several people are close, the one in the same unit with the same date of birth is suggested).</translation>
    </message>
    <message>
      <source>Tên tài liệu</source>
      <translation>Material name</translation>
    </message>
    <message>
      <source>Tên tài liệu:</source>
      <translation>Material name:</translation>
    </message>
    <message>
      <source>Tên điểm cầu</source>
      <translation>Bridge point name</translation>
    </message>
    <message>
      <source>Tên đơn vị</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>Tên đơn vị không được để trống.</source>
      <translation>The unit name must not be empty.</translation>
    </message>
    <message>
      <source>Tên đơn vị:</source>
      <translation>Unit name:</translation>
    </message>
    <message>
      <source>Tên đệm</source>
      <translation>Middle name</translation>
    </message>
    <message>
      <source>Tên địa danh</source>
      <translation>Place name</translation>
    </message>
    <message>
      <source>Tìm lại các USB đang cắm</source>
      <translation>Look again for plugged-in USB sticks</translation>
    </message>
    <message>
      <source>Tìm theo họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)</source>
      <translation>Search by name, card number or phone number (typing without tone marks works too)</translation>
    </message>
    <message>
      <source>Tìm theo tên (gõ không dấu cũng được)</source>
      <translation>Find by name (typing without tone marks works too)</translation>
    </message>
    <message>
      <source>Tìm theo tên hội nghị (gõ không dấu cũng được)</source>
      <translation>Search by conference name (tone marks optional)</translation>
    </message>
    <message>
      <source>Tìm thấy {count} người</source>
      <translation>{count} found</translation>
    </message>
    <message>
      <source>Tìm trong câu hỏi và phương án (gõ không dấu cũng được)</source>
      <translation>Search questions and options (tone marks optional)</translation>
    </message>
    <message>
      <source>Tìm tên</source>
      <translation>Name search</translation>
    </message>
    <message>
      <source>Tìm tên (gõ không dấu cũng được)</source>
      <translation>Search names (typing without tone marks works too)</translation>
    </message>
    <message>
      <source>Tìm tên (gõ không dấu cũng được), Enter để đánh dấu</source>
      <translation>Find a name (typing without tone marks works too), Enter to tick</translation>
    </message>
    <message>
      <source>Tìm tên hoặc chi đoàn (gõ không dấu cũng được)</source>
      <translation>Search by name or branch (tone marks optional)</translation>
    </message>
    <message>
      <source>Tìm tên hoặc đơn vị (gõ không dấu cũng được)</source>
      <translation>Search by name or unit (accents optional)</translation>
    </message>
    <message>
      <source>Tìm tên, chức vụ hoặc đơn vị (gõ không dấu cũng được)</source>
      <translation>Search by name, position or unit (accents optional)</translation>
    </message>
    <message>
      <source>Tình hình chọn câu hỏi ({min}–{max} câu mỗi đơn vị)</source>
      <translation>Question selection status ({min}–{max} per unit)</translation>
    </message>
    <message>
      <source>Tình trạng</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tình trạng không hợp lệ.</source>
      <translation>Invalid status.</translation>
    </message>
    <message>
      <source>Tình trạng:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Tính từ gói đã có biên nhận gửi lúc {time}.</source>
      <translation>Counted from the package with a receipt sent at {time}.</translation>
    </message>
    <message>
      <source>Tính đến muộn sau giờ bắt đầu:</source>
      <translation>Count as late after the start time by:</translation>
    </message>
    <message>
      <source>Tôn giáo</source>
      <translation>Religion</translation>
    </message>
    <message>
      <source>Tôn giáo:</source>
      <translation>Religion:</translation>
    </message>
    <message>
      <source>Tương tác</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>Tạo bởi DoanDesk {version}, lược đồ dữ liệu {schema}</source>
      <translation>Made by DoanDesk {version}, data schema {schema}</translation>
    </message>
    <message>
      <source>Tạo hội nghị mới theo hội nghị đang chọn, dời ngày theo ngày đầu tiên mới</source>
      <translation>Create a new conference from the selected one, moving the dates to a new first day</translation>
    </message>
    <message>
      <source>Tạo hội nghị mới theo mẫu «{title}»: giữ chương trình, điểm cầu, thành phần, tài liệu và các việc; dời mọi ngày theo ngày đầu tiên mới; xóa kết quả kiểm tra kết nối và dấu đã xong.</source>
      <translation>Create a new conference from “{title}”: keep the programme, bridge points, invitees, materials and tasks; move every date to follow the new first day; clear the connection test results and the done marks.</translation>
    </message>
    <message>
      <source>Tạo lúc {time}</source>
      <translation>Made at {time}</translation>
    </message>
    <message>
      <source>Tạo lại báo cáo từ số liệu hiện có và phần cán bộ viết</source>
      <translation>Make the report again from the current figures and the officer's text</translation>
    </message>
    <message>
      <source>Tạo và gửi</source>
      <translation>Make and send</translation>
    </message>
    <message>
      <source>Tất cả</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Tất cả chưa đạt</source>
      <translation>All not passed</translation>
    </message>
    <message>
      <source>Tất cả chủ đề</source>
      <translation>All topics</translation>
    </message>
    <message>
      <source>Tất cả các buổi</source>
      <translation>All sessions</translation>
    </message>
    <message>
      <source>Tất cả các dòng</source>
      <translation>All rows</translation>
    </message>
    <message>
      <source>Tất cả các hạn (gồm kiểm tra kết nối các điểm cầu)</source>
      <translation>All deadlines (including the bridge points' connection tests)</translation>
    </message>
    <message>
      <source>Tất cả điểm cầu</source>
      <translation>All bridge points</translation>
    </message>
    <message>
      <source>Tất cả đoàn viên</source>
      <translation>All members</translation>
    </message>
    <message>
      <source>Tất cả đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>Tệp</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods). DoanDesk tự tìm dòng tiêu đề và nhận ra các cột; bước sau cho xem trước, chưa ghi gì.</source>
      <translation>An Excel (.xlsx, .xls) or LibreOffice (.ods) file. DoanDesk finds the header row and recognises the columns itself; the next step shows a preview and writes nothing yet.</translation>
    </message>
    <message>
      <source>Tệp chưa gắn với ai thì không được nhập.</source>
      <translation>Files not linked to anyone are not imported.</translation>
    </message>
    <message>
      <source>Tệp câu hỏi (*.xlsx *.xls *.ods *.txt *.gift *.xml);;Bảng tính (*.xlsx *.xls *.ods);;Aiken hoặc GIFT (*.txt *.gift);;Moodle XML (*.xml);;Mọi tệp (*)</source>
      <translation>Question files (*.xlsx *.xls *.ods *.txt *.gift *.xml);;Spreadsheets (*.xlsx *.xls *.ods);;Aiken or GIFT (*.txt *.gift);;Moodle XML (*.xml);;All files (*)</translation>
    </message>
    <message>
      <source>Tệp cơ sở dữ liệu {name} bị hỏng, SQLite không đọc được: {exc}.</source>
      <translation>The database file {name} is damaged; SQLite cannot read it: {exc}.</translation>
    </message>
    <message>
      <source>Tệp cơ sở dữ liệu {name} trống rỗng (0 byte): dữ liệu trong đó đã mất.</source>
      <translation>The database file {name} is empty (0 bytes): its data has been lost.</translation>
    </message>
    <message>
      <source>Tệp cần có một dòng tiêu đề với cột &lt;b&gt;Họ và tên&lt;/b&gt; (hoặc &lt;b&gt;Họ đệm&lt;/b&gt; và &lt;b&gt;Tên&lt;/b&gt;). Các cột Ngày sinh, Giới tính, Dân tộc, Số CCCD, Số điện thoại, Ngày vào Đoàn, Số thẻ, Chức vụ, Chi đoàn… được nhận ra tự động. Chữ gõ bằng phông TCVN3 (.VnTime) hoặc VNI được chuyển sang Unicode.</source>
      <translation>The file needs a header row with a &lt;b&gt;Họ và tên&lt;/b&gt; (full name) column (or &lt;b&gt;Họ đệm&lt;/b&gt; and &lt;b&gt;Tên&lt;/b&gt;). The columns Ngày sinh, Giới tính, Dân tộc, Số CCCD, Số điện thoại, Ngày vào Đoàn, Số thẻ, Chức vụ, Chi đoàn… are recognised automatically. Text typed in TCVN3 (.VnTime) or VNI fonts is converted to Unicode.</translation>
    </message>
    <message>
      <source>Tệp dữ liệu của DoanDesk bị hỏng.</source>
      <translation>DoanDesk’s data file is damaged.</translation>
    </message>
    <message>
      <source>Tệp khóa (.key) một đơn vị khác đã xuất: khóa được ghi nhận là tin cậy</source>
      <translation>A key file (.key) exported by another unit: the key is recorded as trusted</translation>
    </message>
    <message>
      <source>Tệp khóa DoanDesk (*.key);;Mọi tệp (*)</source>
      <translation>DoanDesk key files (*.key);;All files (*)</translation>
    </message>
    <message>
      <source>Tệp khóa {name} bị sửa: dấu vân tay không khớp khóa.</source>
      <translation>The key file {name} has been altered: the fingerprint does not match the key.</translation>
    </message>
    <message>
      <source>Tệp không có dòng kết quả nào để ghi.</source>
      <translation>The file has no result rows to save.</translation>
    </message>
    <message>
      <source>Tệp không có dòng nào để ghi.</source>
      <translation>The file has no rows to record.</translation>
    </message>
    <message>
      <source>Tệp không phải gói DoanDesk (không đọc được dạng nén), hoặc đã bị cắt cụt.</source>
      <translation>The file is not a DoanDesk package (it cannot be read as a zip), or it has been cut short.</translation>
    </message>
    <message>
      <source>Tệp không phải gói báo cáo DoanDesk.</source>
      <translation>The file is not a DoanDesk report package.</translation>
    </message>
    <message>
      <source>Tệp này không phải biên nhận.</source>
      <translation>This file is not a receipt.</translation>
    </message>
    <message>
      <source>Tệp này là ảnh chụp hoặc bản quét, không có chữ để đọc trong chương trình và không so được trùng lặp. Bấm «Mở tệp» để xem bằng chương trình xem ảnh/PDF.</source>
      <translation>This file is a photo or a scan: it has no text to read in the program and cannot be checked for copying. Click “Open file” to view it in a photo/PDF viewer.</translation>
    </message>
    <message>
      <source>Tệp nén (*.zip)</source>
      <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
      <source>Tệp theo đúng mẫu nhập: sửa trong Excel rồi nhập lại vào ngân hàng này (câu đã có không bị thêm hai lần).</source>
      <translation>The file is in the import template: edit it in Excel and import it into this bank again (questions already there are not added twice).</translation>
    </message>
    <message>
      <source>Tệp {digest}… không còn trong kho của chương trình (có thể đã bị xóa).</source>
      <translation>The file {digest}… is no longer in the program's store (it may have been deleted).</translation>
    </message>
    <message numerus="yes">
      <source>Tệp {file} có %n lỗi; chưa nhập gì. Sửa tệp hoặc chọn chỉ nhập các dòng hợp lệ.</source>
      <translation>
        <numerusform>The file {file} has %n error; nothing was imported. Fix the file or choose to import only the valid rows.</numerusform>
        <numerusform>The file {file} has %n errors; nothing was imported. Fix the file or choose to import only the valid rows.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tệp {file} có {count} câu lỗi: chưa nhập gì. Sửa tệp, hoặc chọn bỏ qua các câu lỗi.</source>
      <translation>File {file} has {count} faulty questions: nothing was imported. Fix the file, or choose to skip the faulty questions.</translation>
    </message>
    <message>
      <source>Tệp {file} không chứa mã giấy chứng nhận của DoanDesk.</source>
      <translation>File {file} does not contain a DoanDesk certificate code.</translation>
    </message>
    <message>
      <source>Tệp {file} không phải PDF hay ảnh đọc được.</source>
      <translation>File {file} is not a readable PDF or image.</translation>
    </message>
    <message>
      <source>Tệp {file} không phải một phần của gói DoanDesk.</source>
      <translation>The file {file} is not a part of a DoanDesk package.</translation>
    </message>
    <message>
      <source>Tệp {file} không phải văn bản UTF-8 (byte lạ ở vị trí {position}); hãy lưu lại tệp với bảng mã UTF-8.</source>
      <translation>File {file} is not UTF-8 text (unexpected byte at position {position}); save the file again with the UTF-8 encoding.</translation>
    </message>
    <message>
      <source>Tệp {file}, dòng {row}, cột {column}: không phải JSON hợp lệ — {reason}.</source>
      <translation>File {file}, row {row}, column {column}: not valid JSON — {reason}.</translation>
    </message>
    <message>
      <source>Tệp {file}, «{path}» ({place}): {message}</source>
      <translation>File {file}, «{path}» ({place}): {message}</translation>
    </message>
    <message>
      <source>Tệp {file}: không nhận ra định dạng câu hỏi. Dùng bảng tính mẫu (.xlsx), Aiken (.txt có dòng «ANSWER: …»), GIFT (.gift/.txt) hoặc Moodle XML (.xml).</source>
      <translation>File {file}: question format not recognised. Use the template spreadsheet (.xlsx), Aiken (.txt with «ANSWER: …» lines), GIFT (.gift/.txt) or Moodle XML (.xml).</translation>
    </message>
    <message>
      <source>Tệp {file}: không phải tệp câu hỏi Moodle XML (thẻ gốc là &lt;{tag}&gt;, cần &lt;quiz&gt;).</source>
      <translation>File {file}: not a Moodle XML question file (the root element is &lt;{tag}&gt;, &lt;quiz&gt; is needed).</translation>
    </message>
    <message>
      <source>Tệp {file}: không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8.</source>
      <translation>File {file}: not UTF-8 text; save it again with UTF-8 encoding.</translation>
    </message>
    <message>
      <source>Tệp {file}: không tìm thấy bảng câu hỏi. Cần một dòng tiêu đề có các cột «Câu hỏi», «Đáp án A», «Đáp án B»… và «Đáp án đúng».</source>
      <translation>File {file}: no question table found. A header row with the columns «Câu hỏi», «Đáp án A», «Đáp án B»… and «Đáp án đúng» is needed.</translation>
    </message>
    <message>
      <source>Tệp {file}: không tìm thấy bảng kết quả kiểm tra. Cần một dòng tiêu đề có «Họ và tên» (hoặc «Số điện thoại») và «Điểm» (hoặc «Số câu đúng»).</source>
      <translation>File {file}: no test results table found. A header row with «Họ và tên» (or «Số điện thoại») and «Điểm» (or «Số câu đúng») is needed.</translation>
    </message>
    <message>
      <source>Tệp {file}: không tìm thấy bảng điểm danh. Cần một dòng tiêu đề có ít nhất một cột «Mã thẻ», «Số thẻ», «Số điện thoại» hoặc «Họ và tên».</source>
      <translation>File {file}: no attendance table found. A header row with at least one of the columns «Mã thẻ», «Số thẻ», «Số điện thoại» or «Họ và tên» is needed.</translation>
    </message>
    <message>
      <source>Tệp {file}: không đọc được XML ở dòng {line} ({error}).</source>
      <translation>File {file}: cannot read the XML at line {line} ({error}).</translation>
    </message>
    <message>
      <source>Tệp {file}: tệp XML có khai báo DOCTYPE/ENTITY, không nhận (có thể không an toàn).</source>
      <translation>File {file}: the XML file declares DOCTYPE/ENTITY and is refused (it may be unsafe).</translation>
    </message>
    <message>
      <source>Tệp {file}: {message}</source>
      <translation>File {file}: {message}</translation>
    </message>
    <message>
      <source>Tệp {name} có mật khẩu: hãy gỡ mật khẩu rồi nộp lại.</source>
      <translation>The file {name} has a password: remove the password and submit it again.</translation>
    </message>
    <message>
      <source>Tệp {name} không còn là một cơ sở dữ liệu (phần đầu tệp đã bị ghi đè hoặc tệp bị hỏng nặng); DoanDesk không đọc được dữ liệu trong đó.</source>
      <translation>The file {name} is no longer a database (its beginning was overwritten or the file is badly damaged); DoanDesk cannot read its data.</translation>
    </message>
    <message>
      <source>Tệp {name} không phải PDF đọc được ({exc}).</source>
      <translation>The file {name} is not a readable PDF ({exc}).</translation>
    </message>
    <message>
      <source>Tệp {name} không phải là bản sao lưu DoanDesk</source>
      <translation>The file {name} is not a DoanDesk backup</translation>
    </message>
    <message>
      <source>Tệp {name} không phải tệp Word .docx đọc được ({exc}).</source>
      <translation>The file {name} is not a readable Word .docx file ({exc}).</translation>
    </message>
    <message>
      <source>Tệp {name} không phải tệp khóa DoanDesk.</source>
      <translation>The file {name} is not a DoanDesk key file.</translation>
    </message>
    <message>
      <source>Tệp {name} thay đổi trong lúc sao chép; hãy thử lại.</source>
      <translation>The file {name} changed while it was being copied; try again.</translation>
    </message>
    <message>
      <source>Tệp {name}: chỉ nhận bài thu hoạch dạng .docx, .pdf, .txt hoặc ảnh chụp/quét (.jpg, .png…).</source>
      <translation>File {name}: essays are accepted as .docx, .pdf, .txt or a photo/scan (.jpg, .png…) only.</translation>
    </message>
    <message>
      <source>Tệp «{file}» giải nén ra quá lớn: nghi là bom nén, không mở.</source>
      <translation>The file “{file}” is too large when unpacked: suspected zip bomb, not opened.</translation>
    </message>
    <message>
      <source>Tệp «{file}» không khớp tên (mã SHA-256) của nó.</source>
      <translation>The file “{file}” does not match its name (its SHA-256).</translation>
    </message>
    <message>
      <source>Tệp «{file}» không phải tệp bài thu hoạch.</source>
      <translation>“{file}” is not an essay file.</translation>
    </message>
    <message>
      <source>Tệp «{file}» là bài của ai?</source>
      <translation>Whose essay is “{file}”?</translation>
    </message>
    <message>
      <source>Tệp «{file}» nén với tỉ lệ bất thường: nghi là bom nén, không mở.</source>
      <translation>The file “{file}” has an abnormal compression ratio: suspected zip bomb, not opened.</translation>
    </message>
    <message>
      <source>Tệp «{file}» trong gói bị hỏng.</source>
      <translation>The file “{file}” in the package is damaged.</translation>
    </message>
    <message>
      <source>Tệp «{file}» trong gói không khớp mã kiểm tra SHA-256.</source>
      <translation>The file “{file}” in the package does not match its SHA-256 checksum.</translation>
    </message>
    <message>
      <source>Tệp «{file}» trong gói không đúng kích thước đã ghi.</source>
      <translation>The file “{file}” in the package is not the size recorded.</translation>
    </message>
    <message>
      <source>Tệp «{file}» trong gói quá lớn ({size} byte).</source>
      <translation>The file “{file}” in the package is too large ({size} bytes).</translation>
    </message>
    <message numerus="yes">
      <source>Tệp «{file}», trang «{sheet}»: &lt;b&gt;%n&lt;/b&gt; người khớp với danh sách đoàn viên, &lt;b&gt;{attempts}&lt;/b&gt; lượt thi.</source>
      <translation>
        <numerusform>File “{file}”, sheet “{sheet}”: &lt;b&gt;%n&lt;/b&gt; person matches the member list; test attempts: &lt;b&gt;{attempts}&lt;/b&gt;.</numerusform>
        <numerusform>File “{file}”, sheet “{sheet}”: &lt;b&gt;%n&lt;/b&gt; people match the member list; test attempts: &lt;b&gt;{attempts}&lt;/b&gt;.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tệp «{file}», trang «{sheet}»: {counts}.</source>
      <translation>File “{file}”, sheet “{sheet}”: {counts}.</translation>
    </message>
    <message>
      <source>Tệp «{file}»: {counts}.</source>
      <translation>File “{file}”: {counts}.</translation>
    </message>
    <message>
      <source>Tệp «{name}» không có trang thứ {number}.</source>
      <translation>The file “{name}” has no sheet number {number}.</translation>
    </message>
    <message>
      <source>Tệp «{name}» không có trang «{sheet}» (có: {sheets}).</source>
      <translation>The file “{name}” has no sheet “{sheet}” (it has: {sheets}).</translation>
    </message>
    <message>
      <source>Tệp «{name}» không có trang «{sheet}».</source>
      <translation>The file “{name}” has no sheet “{sheet}”.</translation>
    </message>
    <message>
      <source>Tệp «{name}» không phải bảng tính Excel/ODS hợp lệ (có thể tệp bị hỏng hoặc bị đổi đuôi).</source>
      <translation>The file “{name}” is not a valid Excel/ODS spreadsheet (it may be damaged or have the wrong extension).</translation>
    </message>
    <message>
      <source>Tệp «{name}» không phải bảng tính được hỗ trợ (chỉ đọc {formats}).</source>
      <translation>The file “{name}” is not a supported spreadsheet (only {formats} are read).</translation>
    </message>
    <message>
      <source>Tệp «{name}» là tệp CSV, không phải bảng tính; hãy mở bằng Excel và lưu lại thành .xlsx rồi chọn lại.</source>
      <translation>The file “{name}” is a CSV file, not a spreadsheet; open it in Excel, save it as .xlsx and choose it again.</translation>
    </message>
    <message>
      <source>Tệp «{name}» là tệp khóa tạm do Excel tạo khi đang mở một bảng tính, không phải dữ liệu; hãy chọn tệp không có «~$» ở đầu tên.</source>
      <translation>The file “{name}” is a temporary lock file Excel creates while a spreadsheet is open, not data; choose the file whose name does not start with “~$”.</translation>
    </message>
    <message>
      <source>Tệp «{name}» rỗng (0 byte).</source>
      <translation>The file “{name}” is empty (0 bytes).</translation>
    </message>
    <message>
      <source>Tệp «{name}» thực chất là trang HTML/XML mang đuôi {suffix} (thường gặp ở tệp tải từ phần mềm trực tuyến); hãy mở bằng Excel, chọn Lưu thành «Excel Workbook (.xlsx)» rồi chọn lại tệp mới.</source>
      <translation>The file “{name}” is really an HTML/XML page with a {suffix} extension (common with files downloaded from online software); open it in Excel, choose Save As “Excel Workbook (.xlsx)” and then choose the new file.</translation>
    </message>
    <message>
      <source>Tệp «{name}» được đặt mật khẩu nên không đọc được; hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và chọn lại.</source>
      <translation>The file “{name}” is password-protected and cannot be read; open it in Excel, remove the password (File › Info › Protect Workbook), save it and choose it again.</translation>
    </message>
    <message>
      <source>Tệp:</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{file}&lt;/b&gt;</source>
      <translation>File: &lt;b&gt;{file}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{file}&lt;/b&gt; – bảng danh sách ở trang {sheets}.</source>
      <translation>File: &lt;b&gt;{file}&lt;/b&gt; – the list is on sheet {sheets}.</translation>
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation>File: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{name}&lt;/b&gt; ({format})</source>
      <translation>File: &lt;b&gt;{name}&lt;/b&gt; ({format})</translation>
    </message>
    <message>
      <source>Tệp: {name} ({size})</source>
      <translation>File: {name} ({size})</translation>
    </message>
    <message>
      <source>Tệp: {path}
Mở tệp để in ngay?</source>
      <translation>File: {path}
Open the file to print it now?</translation>
    </message>
    <message>
      <source>Tỉ lệ</source>
      <translation>Rate</translation>
    </message>
    <message>
      <source>Tỉ lệ
đạt</source>
      <translation>Pass
rate</translation>
    </message>
    <message>
      <source>Tỉ lệ câu trả lời đúng tối thiểu để đạt</source>
      <translation>The lowest share of correct answers that passes</translation>
    </message>
    <message>
      <source>Tỉ lệ có mặt</source>
      <translation>Attendance rate</translation>
    </message>
    <message>
      <source>Tỉ lệ đã
kiểm tra</source>
      <translation>Tested
rate</translation>
    </message>
    <message>
      <source>Tỉ lệ đúng</source>
      <translation>Correct</translation>
    </message>
    <message>
      <source>Tỉnh đoàn</source>
      <translation>Provincial union</translation>
    </message>
    <message>
      <source>Tối</source>
      <translation>Evening</translation>
    </message>
    <message>
      <source>Tổng</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Tổng cộng</source>
      <translation>Total</translation>
    </message>
    <message numerus="yes">
      <source>Tổng cộng %n bản ghi. Khi đơn vị nhận gửi lại biên nhận, nhập nó ở tab «Nhận gói» («Nhập biên nhận…»).</source>
      <translation>
        <numerusform>%n record in all. When the receiving unit sends back a receipt, import it on the “Receive packages” tab (“Import receipts…”).</numerusform>
        <numerusform>%n records in all. When the receiving unit sends back a receipt, import it on the “Receive packages” tab (“Import receipts…”).</numerusform>
      </translation>
    </message>
    <message>
      <source>Tổng hợp theo đơn vị</source>
      <translation>Summary by unit</translation>
    </message>
    <message>
      <source>Tổng quan</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Tổng quan</source>
      <comment>screen</comment>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Tổng số câu theo chủ đề ({by_topics}) vượt số câu của đề ({wanted}).</source>
      <translation>The questions by topic ({by_topics}) exceed the number of questions in the test ({wanted}).</translation>
    </message>
    <message>
      <source>Tổng số: {count}</source>
      <translation>Total: {count}</translation>
    </message>
    <message>
      <source>Tổng theo chủ đề ({by_topic} câu) vượt số câu của đề.</source>
      <translation>The total by topic ({by_topic} questions) exceeds the questions per paper.</translation>
    </message>
    <message>
      <source>Tổng điểm tối đa: {total}. Ghi tổng điểm thấp nhất của từng loại ở thang xếp loại.</source>
      <translation>Maximum total: {total}. Enter the lowest total score of each grade in the grading scale.</translation>
    </message>
    <message>
      <source>Tổng điểm tối đa: —</source>
      <translation>Maximum total: —</translation>
    </message>
    <message>
      <source>Tổng điểm từ</source>
      <translation>Total score from</translation>
    </message>
    <message>
      <source>Tổng: {total}/{maximum} điểm</source>
      <translation>Total: {total}/{maximum} points</translation>
    </message>
    <message>
      <source>Tờ mã QR tài liệu (PDF)…</source>
      <translation>Materials QR sheet (PDF)…</translation>
    </message>
    <message>
      <source>Từ chối</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Tự động hằng ngày</source>
      <translation>Automatic, daily</translation>
    </message>
    <message>
      <source>Tự động sao lưu mỗi ngày (khi mở DoanDesk lần đầu trong ngày)</source>
      <translation>Back up automatically every day (when DoanDesk is first opened that day)</translation>
    </message>
    <message>
      <source>Viết tắt ban soạn thảo:</source>
      <translation>Drafting department code:</translation>
    </message>
    <message>
      <source>Viết tắt cơ quan:</source>
      <translation>Issuing body code:</translation>
    </message>
    <message>
      <source>Việc</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Việc cần làm của các hội nghị</source>
      <translation>Conference tasks to do</translation>
    </message>
    <message>
      <source>Việc cần làm của hội nghị</source>
      <translation>The conference's tasks</translation>
    </message>
    <message>
      <source>Việc cần làm</source>
      <comment>table</comment>
      <translation>Tasks</translation>
    </message>
    <message>
      <source>Việc khác</source>
      <translation>Other task</translation>
    </message>
    <message>
      <source>Việc quá hạn tô đỏ, việc sắp đến hạn (trong 3 ngày) tô vàng. Giờ kiểm tra kết nối sửa ở thẻ «Điểm cầu».</source>
      <translation>Overdue tasks are shown in red, tasks due soon (within 3 days) in yellow. Connection test times are edited on the “Bridge points” tab.</translation>
    </message>
    <message>
      <source>Việc {number}: loại «{kind}» không có.</source>
      <translation>Task {number}: there is no kind «{kind}».</translation>
    </message>
    <message>
      <source>Việc {number}: thiếu hạn.</source>
      <translation>Task {number}: the deadline is missing.</translation>
    </message>
    <message>
      <source>Việc {number}: việc khác cần có tên.</source>
      <translation>Task {number}: an “other” task needs a name.</translation>
    </message>
    <message>
      <source>Việc {number}: đơn vị thực hiện không có trong cây đơn vị.</source>
      <translation>Task {number}: the responsible unit is not in the unit tree.</translation>
    </message>
    <message>
      <source>Việc đang chọn</source>
      <translation>Selected task</translation>
    </message>
    <message>
      <source>Việc đang chọn đã làm xong; kiểm tra kết nối: đã đạt</source>
      <translation>The selected task is done; a connection test: passed</translation>
    </message>
    <message>
      <source>Ví dụ: 0912345678</source>
      <translation>For example: 0912345678</translation>
    </message>
    <message>
      <source>Ví dụ: 305-CV/TWĐTN-BTG</source>
      <translation>e.g. 305-CV/TWĐTN-BTG</translation>
    </message>
    <message>
      <source>Ví dụ: Ban Bí thư Trung ương Đoàn</source>
      <translation>e.g. Ban Bí thư Trung ương Đoàn</translation>
    </message>
    <message>
      <source>Ví dụ: Chi đoàn ấp Cây Da</source>
      <translation>e.g. Chi đoàn ấp Cây Da</translation>
    </message>
    <message>
      <source>Ví dụ: Hội nghị học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc</source>
      <translation>e.g. Hội nghị học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc</translation>
    </message>
    <message>
      <source>Ví dụ: Hội trường Huyện ủy</source>
      <translation>e.g. Hội trường Huyện ủy</translation>
    </message>
    <message>
      <source>Ví dụ: Nguyễn Thị Hường</source>
      <translation>For example: Nguyễn Thị Hường</translation>
    </message>
    <message>
      <source>Ví dụ: TV-CN-01-02 (không có khoảng trắng)</source>
      <translation>e.g. TV-CN-01-02 (no spaces)</translation>
    </message>
    <message>
      <source>Ví dụ: TV-MLB (không có khoảng trắng)</source>
      <translation>e.g. TV-MLB (no spaces)</translation>
    </message>
    <message>
      <source>Ví dụ: Tài liệu hỏi - đáp Nghị quyết</source>
      <translation>e.g. Tài liệu hỏi - đáp Nghị quyết</translation>
    </message>
    <message>
      <source>Ví dụ: Tỉnh đoàn Vĩnh Long</source>
      <translation>e.g. Tỉnh đoàn Vĩnh Long</translation>
    </message>
    <message>
      <source>Ví dụ: VL</source>
      <translation>e.g. VL</translation>
    </message>
    <message>
      <source>Ví dụ: Điểm cầu Huyện đoàn Cầu Ngang</source>
      <translation>e.g. Điểm cầu Huyện đoàn Cầu Ngang</translation>
    </message>
    <message>
      <source>Ví dụ: Đoàn xã Mỹ Long Bắc</source>
      <translation>e.g. Đoàn xã Mỹ Long Bắc</translation>
    </message>
    <message>
      <source>Văn bản</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Văn bản (.txt)</source>
      <translation>Text (.txt)</translation>
    </message>
    <message>
      <source>Văn bản: chức vụ người ký</source>
      <translation>Documents: signer's title</translation>
    </message>
    <message>
      <source>Văn bản: chữ viết tắt ban soạn thảo (ví dụ BTG), có thể để trống</source>
      <translation>Documents: abbreviation of the drafting department (e.g. BTG), may be empty</translation>
    </message>
    <message>
      <source>Văn bản: chữ viết tắt tên cơ quan trong số ký hiệu (ví dụ HĐTN; để trống: theo cấp)</source>
      <translation>Documents: abbreviation of the issuing body in the document code (e.g. HĐTN; empty: by level)</translation>
    </message>
    <message>
      <source>Văn bản: cơ quan ban hành (góc trái, mỗi dòng một cấp; để trống: theo cây đơn vị)</source>
      <translation>Documents: issuing body (top left, one level per line; empty: from the unit tree)</translation>
    </message>
    <message>
      <source>Văn bản: họ tên người ký</source>
      <translation>Documents: signer's full name</translation>
    </message>
    <message>
      <source>Văn bản: nơi nhận (mỗi dòng một nơi; dòng cuối là «Lưu VP»)</source>
      <translation>Documents: recipients (one per line; the last line is “Lưu VP”)</translation>
    </message>
    <message>
      <source>Văn bản: thẩm quyền ký</source>
      <translation>Documents: signing authority</translation>
    </message>
    <message>
      <source>Văn bản: địa danh ghi trước ngày tháng (để trống: theo tên đơn vị)</source>
      <translation>Documents: place name written before the date (empty: from the unit's name)</translation>
    </message>
    <message>
      <source>Vấn đề</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Vấn đề ({count})</source>
      <translation>Problems ({count})</translation>
    </message>
    <message>
      <source>Vẫn lưu</source>
      <translation>Save anyway</translation>
    </message>
    <message>
      <source>Vắng</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Vắng / chưa
đến buổi nào</source>
      <translation>Absent /
no session yet</translation>
    </message>
    <message>
      <source>Vắng / chưa đến</source>
      <translation>Absent / not yet arrived</translation>
    </message>
    <message>
      <source>Vắng có
phép</source>
      <translation>Excused</translation>
    </message>
    <message>
      <source>Vắng có phép</source>
      <translation>Excused</translation>
    </message>
    <message>
      <source>Vắng có phép (lý do)</source>
      <translation>Excused (reason)</translation>
    </message>
    <message>
      <source>Vắng có phép: {count}</source>
      <translation>Excused: {count}</translation>
    </message>
    <message>
      <source>Vắng có phép: {reason}</source>
      <translation>Excused: {reason}</translation>
    </message>
    <message>
      <source>Vắng có phép…</source>
      <translation>Excused…</translation>
    </message>
    <message>
      <source>Vắng: {count}</source>
      <translation>Absent: {count}</translation>
    </message>
    <message>
      <source>Về danh sách hội nghị (Esc hoặc Alt+←)</source>
      <translation>Back to the conference list (Esc or Alt+←)</translation>
    </message>
    <message>
      <source>Về mặc định</source>
      <translation>Use default</translation>
    </message>
    <message>
      <source>Vừa điểm danh</source>
      <translation>Just checked in</translation>
    </message>
    <message>
      <source>Xem trước</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Xem trước &gt;</source>
      <translation>Preview &gt;</translation>
    </message>
    <message>
      <source>Xem trước báo cáo</source>
      <translation>Report preview</translation>
    </message>
    <message>
      <source>Xong</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Xung đột</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Xung đột chưa giải quyết</source>
      <translation>Unresolved conflicts</translation>
    </message>
    <message>
      <source>Xung đột chưa giải quyết ({count})</source>
      <translation>Unresolved conflicts ({count})</translation>
    </message>
    <message>
      <source>Xung đột này không còn (có thể đã được giải quyết).</source>
      <translation>This conflict no longer exists (it may have been resolved).</translation>
    </message>
    <message>
      <source>Xuất</source>
      <translation>Export</translation>
    </message>
    <message numerus="yes">
      <source>Xuất &lt;b&gt;%n&lt;/b&gt; đoàn viên của «{scope}» khớp với «{search}» ra tệp Excel (.xlsx), theo thứ tự đang hiển thị.</source>
      <translation>
        <numerusform>Export &lt;b&gt;%n&lt;/b&gt; member of “{scope}” matching “{search}” to an Excel file (.xlsx), in the order shown.</numerusform>
        <numerusform>Export &lt;b&gt;%n&lt;/b&gt; members of “{scope}” matching “{search}” to an Excel file (.xlsx), in the order shown.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Xuất &lt;b&gt;%n&lt;/b&gt; đoàn viên của «{scope}» ra tệp Excel (.xlsx), theo thứ tự đang hiển thị.</source>
      <translation>
        <numerusform>Export &lt;b&gt;%n&lt;/b&gt; member of “{scope}” to an Excel file (.xlsx), in the order shown.</numerusform>
        <numerusform>Export &lt;b&gt;%n&lt;/b&gt; members of “{scope}” to an Excel file (.xlsx), in the order shown.</numerusform>
      </translation>
    </message>
    <message>
      <source>Xuất Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>Xuất danh sách</source>
      <translation>Export list</translation>
    </message>
    <message>
      <source>Xuất danh sách câu hỏi</source>
      <translation>Export question list</translation>
    </message>
    <message>
      <source>Xuất danh sách đoàn viên</source>
      <translation>Export member list</translation>
    </message>
    <message>
      <source>Xuất danh sách…</source>
      <translation>Export list…</translation>
    </message>
    <message>
      <source>Xuất kết quả kiểm tra</source>
      <translation>Export test results</translation>
    </message>
    <message>
      <source>Xuất ngân hàng câu hỏi</source>
      <translation>Export question bank</translation>
    </message>
    <message>
      <source>Xuất tệp khóa của máy này</source>
      <translation>Export this computer's key file</translation>
    </message>
    <message>
      <source>Xuất tệp khóa…</source>
      <translation>Export key file…</translation>
    </message>
    <message>
      <source>Xuất tổng &amp;hợp (.xlsx)…</source>
      <translation>Export &amp;summary (.xlsx)…</translation>
    </message>
    <message>
      <source>Xuất tổng hợp bài thu hoạch</source>
      <translation>Export essay summary</translation>
    </message>
    <message>
      <source>Xuất tổng hợp điểm danh</source>
      <translation>Export attendance summary</translation>
    </message>
    <message>
      <source>Xuống</source>
      <translation>Down</translation>
    </message>
    <message>
      <source>Xác minh người gửi…</source>
      <translation>Verify sender…</translation>
    </message>
    <message>
      <source>Xác nhận</source>
      <translation>Confirm</translation>
    </message>
    <message>
      <source>Xác nhận bản chương trình đã giữ; xung đột được đóng lại</source>
      <translation>Confirm the version the program kept; the conflict is closed</translation>
    </message>
    <message>
      <source>Xác nhận sao &amp;chép</source>
      <translation>&amp;Confirm copying</translation>
    </message>
    <message>
      <source>Xác nhận tất cả</source>
      <translation>Confirm all</translation>
    </message>
    <message>
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message numerus="yes">
      <source>Xóa %n câu hỏi đã chọn?</source>
      <translation>
        <numerusform>Delete %n selected question?</numerusform>
        <numerusform>Delete %n selected questions?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Xóa %n đoàn viên đã chọn?</source>
      <translation>
        <numerusform>Delete the %n selected member?</numerusform>
        <numerusform>Delete the %n selected members?</numerusform>
      </translation>
    </message>
    <message>
      <source>Xóa buổi</source>
      <translation>Delete session</translation>
    </message>
    <message numerus="yes">
      <source>Xóa buổi {session} cùng %n chuyên đề của buổi?</source>
      <translation>
        <numerusform>Delete the session {session} with its %n topic?</numerusform>
        <numerusform>Delete the session {session} with its %n topics?</numerusform>
      </translation>
    </message>
    <message>
      <source>Xóa buổi đang chọn (phím Delete trong bảng)</source>
      <translation>Delete the selected session (Delete key in the table)</translation>
    </message>
    <message>
      <source>Xóa bài</source>
      <translation>Delete essay</translation>
    </message>
    <message>
      <source>Xóa bài thu hoạch</source>
      <translation>Delete essay</translation>
    </message>
    <message>
      <source>Xóa bài thu hoạch của {name}?</source>
      <translation>Delete {name}'s essay?</translation>
    </message>
    <message>
      <source>Xóa chuyên đề</source>
      <translation>Delete topic</translation>
    </message>
    <message>
      <source>Xóa các dòng đang chọn khỏi danh sách (phím Delete)</source>
      <translation>Delete the selected rows from the list (Delete key)</translation>
    </message>
    <message>
      <source>Xóa các đoàn viên đang chọn (phím Delete)</source>
      <translation>Delete the selected members (Delete key)</translation>
    </message>
    <message>
      <source>Xóa câu hỏi</source>
      <translation>Delete questions</translation>
    </message>
    <message>
      <source>Xóa câu hỏi của «{name}»?</source>
      <translation>Delete the question from “{name}”?</translation>
    </message>
    <message>
      <source>Xóa hội nghị</source>
      <translation>Delete conference</translation>
    </message>
    <message>
      <source>Xóa hội nghị «{title}»?</source>
      <translation>Delete the conference “{title}”?</translation>
    </message>
    <message>
      <source>Xóa hội nghị đang chọn (phím Delete)</source>
      <translation>Delete the selected conference (Delete key)</translation>
    </message>
    <message>
      <source>Xóa mức xếp loại đang chọn</source>
      <translation>Remove the selected grade</translation>
    </message>
    <message>
      <source>Xóa quy tắc</source>
      <translation>Delete rule</translation>
    </message>
    <message>
      <source>Xóa tiêu chí đang chọn</source>
      <translation>Remove the selected criterion</translation>
    </message>
    <message>
      <source>Xóa tài liệu</source>
      <translation>Delete material</translation>
    </message>
    <message>
      <source>Xóa tài liệu đang chọn (phím Delete trong bảng)</source>
      <translation>Delete the selected material (Delete key in the table)</translation>
    </message>
    <message>
      <source>Xóa việc</source>
      <translation>Delete task</translation>
    </message>
    <message>
      <source>Xóa việc đang chọn (phím Delete trong bảng)</source>
      <translation>Delete the selected task (Delete key in the table)</translation>
    </message>
    <message>
      <source>Xóa {level} «{name}» (mã {code})?</source>
      <translation>Delete the {level} “{name}” (code {code})?</translation>
    </message>
    <message>
      <source>Xóa điểm cầu</source>
      <translation>Delete bridge point</translation>
    </message>
    <message>
      <source>Xóa điểm cầu đang chọn (phím Delete trong bảng)</source>
      <translation>Delete the selected bridge point (Delete key in the table)</translation>
    </message>
    <message>
      <source>Xóa đoàn viên</source>
      <translation>Delete member</translation>
    </message>
    <message>
      <source>Xóa đoàn viên «{name}» ({branch})?</source>
      <translation>Delete the member “{name}” ({branch})?</translation>
    </message>
    <message>
      <source>Xóa đơn vị</source>
      <translation>Delete unit</translation>
    </message>
    <message>
      <source>Xếp loại</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Xếp loại (cao → thấp)</source>
      <translation>Grade (high → low)</translation>
    </message>
    <message>
      <source>Xếp loại «{grade}» không có trong thang: {scale}.</source>
      <translation>The grade “{grade}” is not in the scale: {scale}.</translation>
    </message>
    <message>
      <source>Xếp loại: {grade}</source>
      <translation>Grade: {grade}</translation>
    </message>
    <message>
      <source>Yêu cầu bài thu hoạch</source>
      <translation>Essay requirements</translation>
    </message>
    <message>
      <source>Yêu cầu bài thu hoạch</source>
      <comment>table</comment>
      <translation>Essay requirements</translation>
    </message>
    <message>
      <source>buổi</source>
      <translation>session</translation>
    </message>
    <message>
      <source>buổi trong ngày</source>
      <translation>part of the day</translation>
    </message>
    <message>
      <source>bài kiểm tra đã làm</source>
      <translation>tests taken</translation>
    </message>
    <message>
      <source>bài thu hoạch</source>
      <translation>essays</translation>
    </message>
    <message>
      <source>bản ghi cha của nó cũng bị từ chối</source>
      <translation>its parent record was rejected too</translation>
    </message>
    <message>
      <source>bản giấy</source>
      <translation>on paper</translation>
    </message>
    <message>
      <source>bằng mật khẩu</source>
      <translation>with a passphrase</translation>
    </message>
    <message>
      <source>cho riêng đơn vị này</source>
      <translation>for this unit only</translation>
    </message>
    <message>
      <source>chuyên đề</source>
      <translation>topic</translation>
    </message>
    <message>
      <source>chuỗi chưa đóng dấu nháy kép</source>
      <translation>a string is missing its closing double quote</translation>
    </message>
    <message>
      <source>chuỗi có ký tự xuống dòng (viết \n thay cho xuống dòng)</source>
      <translation>a string contains a line break (write \n instead of a line break)</translation>
    </message>
    <message>
      <source>chuỗi trong dấu nháy kép</source>
      <translation>a string in double quotes</translation>
    </message>
    <message>
      <source>chuỗi «{text}»</source>
      <translation>the string «{text}»</translation>
    </message>
    <message>
      <source>chưa có buổi nào</source>
      <translation>no sessions yet</translation>
    </message>
    <message>
      <source>chưa có ngân hàng nào</source>
      <translation>no banks yet</translation>
    </message>
    <message>
      <source>chưa lưu lần nào</source>
      <translation>never saved</translation>
    </message>
    <message>
      <source>chưa nhập gì</source>
      <translation>nothing imported</translation>
    </message>
    <message>
      <source>chưa nộp &lt;b&gt;{missing}&lt;/b&gt;</source>
      <translation>not handed in &lt;b&gt;{missing}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>chấm hai vòng</source>
      <translation>double marking</translation>
    </message>
    <message>
      <source>chỉ các thay đổi</source>
      <translation>only the changes</translation>
    </message>
    <message>
      <source>chỉ có số thứ tự</source>
      <translation>only a row number</translation>
    </message>
    <message>
      <source>chỉ số cột âm: {index}</source>
      <translation>negative column index: {index}</translation>
    </message>
    <message>
      <source>chỉ tiêu kiểm tra nhận thức (%)</source>
      <translation>awareness test target (%)</translation>
    </message>
    <message>
      <source>chức vụ</source>
      <translation>positions</translation>
    </message>
    <message>
      <source>chứng chỉ chưa đến ngày hiệu lực</source>
      <translation>the certificate is not valid yet</translation>
    </message>
    <message>
      <source>chứng chỉ do tổ chức không được máy này tin cậy cấp</source>
      <translation>the certificate was issued by an authority this computer does not trust</translation>
    </message>
    <message>
      <source>chứng chỉ không mang tên máy chủ này</source>
      <translation>the certificate does not bear this server's name</translation>
    </message>
    <message>
      <source>chứng chỉ tự ký, không do tổ chức tin cậy cấp</source>
      <translation>the certificate is self-signed, not issued by a trusted authority</translation>
    </message>
    <message>
      <source>chứng chỉ đã hết hạn</source>
      <translation>the certificate has expired</translation>
    </message>
    <message>
      <source>các buổi</source>
      <translation>sessions</translation>
    </message>
    <message>
      <source>các buổi tham gia</source>
      <translation>sessions joined</translation>
    </message>
    <message>
      <source>các việc</source>
      <translation>tasks</translation>
    </message>
    <message>
      <source>các điểm cầu</source>
      <translation>bridge points</translation>
    </message>
    <message>
      <source>câu hỏi GIFT thiếu phần đáp án trong { … }</source>
      <translation>GIFT question lacks its answers in { … }</translation>
    </message>
    <message>
      <source>câu hỏi không có nội dung</source>
      <translation>question has no text</translation>
    </message>
    <message>
      <source>câu «{question}» chưa có đáp án đúng</source>
      <translation>question «{question}» has no right answer</translation>
    </message>
    <message>
      <source>câu «{question}» có hai phương án giống nhau</source>
      <translation>question «{question}» has two identical options</translation>
    </message>
    <message>
      <source>câu «{question}» có {count} phương án; cần ít nhất 2</source>
      <translation>question «{question}» has {count} options; at least 2 are needed</translation>
    </message>
    <message>
      <source>câu «{question}» dạng «{kind}» không phải trắc nghiệm nhiều phương án: bỏ qua</source>
      <translation>question «{question}» of type «{kind}» is not multiple choice: skipped</translation>
    </message>
    <message>
      <source>câu «{question}» là dạng trả lời ngắn (mọi đáp án đều đúng): bỏ qua</source>
      <translation>question «{question}» is a short-answer question (every answer is right): skipped</translation>
    </message>
    <message>
      <source>câu «{question}» là {kind}, không phải trắc nghiệm nhiều phương án: bỏ qua</source>
      <translation>question «{question}» is {kind}, not multiple choice: skipped</translation>
    </message>
    <message>
      <source>câu «{question}» thiếu dòng «ANSWER: …»</source>
      <translation>question «{question}» lacks the «ANSWER: …» line</translation>
    </message>
    <message>
      <source>câu «{question}» trùng với câu ở {first}: chỉ lấy một lần</source>
      <translation>question «{question}» duplicates the one at {first}: taken only once</translation>
    </message>
    <message>
      <source>câu «{question}»: đáp án đúng không trỏ tới phương án nào có nội dung</source>
      <translation>question «{question}»: the right answer does not point to any option with text</translation>
    </message>
    <message>
      <source>còn nội dung thừa sau khi tệp đã kết thúc</source>
      <translation>there is more content after the end of the data</translation>
    </message>
    <message>
      <source>có trường lạ {fields}</source>
      <translation>unknown fields {fields}</translation>
    </message>
    <message>
      <source>cơ quan ban hành</source>
      <translation>issuing body</translation>
    </message>
    <message>
      <source>cấp</source>
      <translation>level</translation>
    </message>
    <message>
      <source>cấp đơn vị</source>
      <translation>unit levels</translation>
    </message>
    <message>
      <source>cần ghi đủ ngày/tháng/năm, không chỉ năm: {text}</source>
      <translation>enter the full day/month/year, not just the year: {text}</translation>
    </message>
    <message>
      <source>cần mã buổi (chuỗi, ví dụ "s1"), không phải {found}.</source>
      <translation>expected a session key (a string, e.g. "s1"), not {found}.</translation>
    </message>
    <message>
      <source>cần một {expected}, không phải {found}.</source>
      <translation>expected {expected}, not {found}.</translation>
    </message>
    <message>
      <source>cần tên (chuỗi), không phải {found}.</source>
      <translation>expected a name (a string), not {found}.</translation>
    </message>
    <message>
      <source>cần tên trường trong dấu nháy kép (hoặc thừa dấu phẩy trước «}»)</source>
      <translation>a field name in double quotes is expected (or there is an extra comma before «}»)</translation>
    </message>
    <message>
      <source>cần {expected}, không phải {found}{hint}.</source>
      <translation>expected {expected}, not {found}{hint}.</translation>
    </message>
    <message>
      <source>cột {column}</source>
      <translation>column {column}</translation>
    </message>
    <message>
      <source>danh sách […]</source>
      <translation>a list […]</translation>
    </message>
    <message>
      <source>dd/mm/yyyy hoặc năm</source>
      <translation>dd/mm/yyyy or year</translation>
    </message>
    <message>
      <source>dòng ghi chú lẻ ngoài bảng</source>
      <translation>stray note row outside the table</translation>
    </message>
    <message>
      <source>dòng không phải bản ghi</source>
      <translation>the row is not a record</translation>
    </message>
    <message>
      <source>dòng tiêu đề lặp lại</source>
      <translation>repeated header row</translation>
    </message>
    <message>
      <source>dòng tên nhóm/mục</source>
      <translation>group/section name row</translation>
    </message>
    <message>
      <source>dòng tổng cộng</source>
      <translation>total row</translation>
    </message>
    <message>
      <source>dòng {line}</source>
      <translation>line {line}</translation>
    </message>
    <message>
      <source>dòng {number}: {score}</source>
      <translation>row {number}: {score}</translation>
    </message>
    <message>
      <source>dòng {row}</source>
      <translation>row {row}</translation>
    </message>
    <message>
      <source>dòng «{line}» không phải phương án (A. …) hay «ANSWER: …»</source>
      <translation>line «{line}» is neither an option (A. …) nor «ANSWER: …»</translation>
    </message>
    <message>
      <source>dòng đánh số cột</source>
      <translation>column numbering row</translation>
    </message>
    <message>
      <source>dưới {score}: {grade}</source>
      <translation>below {score}: {grade}</translation>
    </message>
    <message>
      <source>dạng ghép cặp</source>
      <translation>a matching question</translation>
    </message>
    <message>
      <source>dạng số</source>
      <translation>a numerical question</translation>
    </message>
    <message>
      <source>dạng trả lời ngắn</source>
      <translation>a short-answer question</translation>
    </message>
    <message>
      <source>dạng tự luận</source>
      <translation>an essay question</translation>
    </message>
    <message>
      <source>dạng đúng/sai</source>
      <translation>a true/false question</translation>
    </message>
    <message>
      <source>dấu «\» không hợp lệ trong chuỗi (viết \\ cho một dấu «\»)</source>
      <translation>invalid «\» in a string (write \\ for one «\»)</translation>
    </message>
    <message>
      <source>dấu «{value}» chỉ có nghĩa khi nằm dưới cột Nam hoặc Nữ</source>
      <translation>the mark “{value}” only has a meaning under a Nam (male) or Nữ (female) column</translation>
    </message>
    <message>
      <source>ghi chú</source>
      <translation>notes</translation>
    </message>
    <message>
      <source>ghi ngày theo dạng dd/mm/yyyy: {text}</source>
      <translation>write the date as dd/mm/yyyy: {text}</translation>
    </message>
    <message>
      <source>giấy chứng nhận</source>
      <translation>certificates</translation>
    </message>
    <message>
      <source>giới tính không rõ: {value}</source>
      <translation>unclear gender: {value}</translation>
    </message>
    <message>
      <source>giới tính không rõ: {value} (ghi Nam hoặc Nữ)</source>
      <translation>unclear gender: {value} (write Nam or Nữ)</translation>
    </message>
    <message>
      <source>giờ</source>
      <translation>time</translation>
    </message>
    <message>
      <source>giờ bắt đầu</source>
      <translation>start time</translation>
    </message>
    <message>
      <source>giờ kiểm tra kết nối</source>
      <translation>connection test time</translation>
    </message>
    <message>
      <source>giờ kết thúc</source>
      <translation>end time</translation>
    </message>
    <message>
      <source>gõ số câu đúng (72), hoặc 72/100, hoặc 72%</source>
      <translation>type the number of right answers (72), or 72/100, or 72%</translation>
    </message>
    <message>
      <source>gửi tỉnh &lt;b&gt;{forwarded}&lt;/b&gt;</source>
      <translation>to province &lt;b&gt;{forwarded}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>hoặc</source>
      <translation>or</translation>
    </message>
    <message>
      <source>hạn</source>
      <translation>deadline</translation>
    </message>
    <message>
      <source>hạn {date} {time}</source>
      <translation>deadline {date} {time}</translation>
    </message>
    <message>
      <source>họ tên</source>
      <translation>full name</translation>
    </message>
    <message>
      <source>họ tên và ngày sinh</source>
      <translation>full name and date of birth</translation>
    </message>
    <message>
      <source>hội nghị</source>
      <translation>conferences</translation>
    </message>
    <message>
      <source>hội nghị có mã này đã bị xóa trên máy này; bỏ dòng «id» để tạo lại thành hội nghị mới.</source>
      <translation>the conference with this code has been deleted on this computer; remove the «id» line to create it again as a new conference.</translation>
    </message>
    <message>
      <source>hội nghị mới</source>
      <translation>new conference</translation>
    </message>
    <message>
      <source>không</source>
      <translation>none</translation>
    </message>
    <message>
      <source>không có buổi nào mã «{key}» trong phần «sessions» (các mã: {keys}).</source>
      <translation>no session has the key «{key}» in the «sessions» section (the keys: {keys}).</translation>
    </message>
    <message>
      <source>không có buổi nào mã «{key}» trong phần «sessions».</source>
      <translation>no session has the key «{key}» in the «sessions» section.</translation>
    </message>
    <message>
      <source>không có bản ghi nào</source>
      <translation>no records</translation>
    </message>
    <message>
      <source>không có dữ liệu cá nhân nhạy cảm</source>
      <translation>no sensitive personal data</translation>
    </message>
    <message>
      <source>không có mã thẻ, số thẻ hay số điện thoại khớp</source>
      <translation>no matching card code, Union card number or phone number</translation>
    </message>
    <message>
      <source>không có trong danh sách được mời</source>
      <translation>not on the invitation list</translation>
    </message>
    <message>
      <source>không có tệp {ARCHIVE_DB_NAME} bên trong</source>
      <translation>there is no {ARCHIVE_DB_NAME} file inside</translation>
    </message>
    <message>
      <source>không có điểm cầu nào tên «{name}» trong phần «bridge_points».</source>
      <translation>no bridge point is named «{name}» in the «bridge_points» section.</translation>
    </message>
    <message>
      <source>không có đoàn viên nào mang số thẻ «{card}» trong danh sách đoàn viên.</source>
      <translation>no member on the roster has the Union card number «{card}».</translation>
    </message>
    <message>
      <source>không có đơn vị mã «{code}» trong cây đơn vị của máy này (xem: doandesk units list).</source>
      <translation>there is no unit with the code «{code}» in this computer's unit tree (see: doandesk units list).</translation>
    </message>
    <message>
      <source>không hiểu ngày: «{value}»</source>
      <translation>date not understood: “{value}”</translation>
    </message>
    <message>
      <source>không hiểu ngày: «{value}» (ghi theo ngày/tháng/năm, ví dụ 05/10/2004)</source>
      <translation>date not understood: “{value}” (write day/month/year, e.g. 05/10/2004)</translation>
    </message>
    <message>
      <source>không phải ngày</source>
      <translation>not a date</translation>
    </message>
    <message>
      <source>không phải ngày: {value}</source>
      <translation>not a date: {value}</translation>
    </message>
    <message>
      <source>không phải số điện thoại: {value}</source>
      <translation>not a phone number: {value}</translation>
    </message>
    <message>
      <source>không phải tệp bài thu hoạch (.docx, .pdf, .txt, ảnh)</source>
      <translation>not an essay file (.docx, .pdf, .txt, image)</translation>
    </message>
    <message>
      <source>không phải tệp định nghĩa hội nghị của DoanDesk (cần "format": "{expected}").</source>
      <translation>not a DoanDesk conference definition file ("format": "{expected}" is needed).</translation>
    </message>
    <message>
      <source>không rõ ngày sinh</source>
      <translation>date of birth unknown</translation>
    </message>
    <message>
      <source>không tên</source>
      <translation>unnamed</translation>
    </message>
    <message>
      <source>không tìm thấy đoàn viên «{given}» ({reason})</source>
      <translation>member «{given}» not found ({reason})</translation>
    </message>
    <message>
      <source>không đặt hạn</source>
      <translation>no deadline</translation>
    </message>
    <message>
      <source>không đọc được giờ «{value}» (ví dụ đúng: 07:45)</source>
      <translation>cannot read the time «{value}» (a valid example: 07:45)</translation>
    </message>
    <message>
      <source>không đọc được điểm «{value}» (ví dụ: 75/100, 75%, 7,5)</source>
      <translation>cannot read the score «{value}» (examples: 75/100, 75%, 7.5)</translation>
    </message>
    <message>
      <source>kết quả kiểm tra kết nối</source>
      <translation>connection test result</translation>
    </message>
    <message>
      <source>loại</source>
      <translation>kind</translation>
    </message>
    <message>
      <source>là giờ, không phải ngày: {value}</source>
      <translation>a time, not a date: {value}</translation>
    </message>
    <message>
      <source>lúc</source>
      <translation>at</translation>
    </message>
    <message>
      <source>lượt mời dự</source>
      <translation>invitations</translation>
    </message>
    <message>
      <source>lượt điểm danh</source>
      <translation>check-ins</translation>
    </message>
    <message>
      <source>lần thi không phải số: bỏ qua</source>
      <translation>attempt number is not a number: ignored</translation>
    </message>
    <message>
      <source>mã</source>
      <translation>code</translation>
    </message>
    <message>
      <source>mã SHA-256 của tệp</source>
      <translation>SHA-256 of the file</translation>
    </message>
    <message>
      <source>mã buổi</source>
      <translation>session key</translation>
    </message>
    <message>
      <source>mã buổi «{key}» trùng với buổi {number}.</source>
      <translation>the session key «{key}» is already used by session {number}.</translation>
    </message>
    <message>
      <source>mã phòng</source>
      <translation>room ID</translation>
    </message>
    <message>
      <source>mã thẻ</source>
      <translation>card code</translation>
    </message>
    <message>
      <source>nghị quyết được học tập</source>
      <translation>resolution studied</translation>
    </message>
    <message>
      <source>ngày</source>
      <translation>date</translation>
    </message>
    <message>
      <source>ngày giờ</source>
      <translation>date and time</translation>
    </message>
    <message>
      <source>ngày không tồn tại: {value}</source>
      <translation>no such date: {value}</translation>
    </message>
    <message>
      <source>ngân hàng mới</source>
      <translation>new bank</translation>
    </message>
    <message>
      <source>ngân hàng đã có: chỉ thêm câu mới</source>
      <translation>existing bank: only new questions are added</translation>
    </message>
    <message>
      <source>người liên hệ</source>
      <translation>contact person</translation>
    </message>
    <message>
      <source>người mời thêm</source>
      <translation>extra invitee</translation>
    </message>
    <message>
      <source>người trình bày</source>
      <translation>speaker</translation>
    </message>
    <message>
      <source>nhiều người cùng tên: chọn bằng tay</source>
      <translation>several people have this name: choose by hand</translation>
    </message>
    <message>
      <source>nhiều người trùng họ tên và ngày sinh</source>
      <translation>several people share this name and date of birth</translation>
    </message>
    <message>
      <source>nhiều người được mời trùng họ tên: cần thêm ngày sinh hoặc số thẻ</source>
      <translation>several invited people share this name: a date of birth or card number is needed</translation>
    </message>
    <message>
      <source>năm ngoài khoảng {first}–{last}: {value}</source>
      <translation>year outside {first}–{last}: {value}</translation>
    </message>
    <message>
      <source>nền tảng</source>
      <translation>platform</translation>
    </message>
    <message>
      <source>nộp ngày {date}</source>
      <translation>handed in on {date}</translation>
    </message>
    <message>
      <source>phiên bản {version} không có; phiên bản hiện tại là {current}.</source>
      <translation>there is no version {version}; the current version is {current}.</translation>
    </message>
    <message>
      <source>phiên bản định dạng</source>
      <translation>format version</translation>
    </message>
    <message>
      <source>phần cuối văn bản (ngày tháng, chữ ký): dừng đọc từ dòng này</source>
      <translation>end of the document (date, signatures): reading stops at this row</translation>
    </message>
    <message>
      <source>số lần sửa không phải số</source>
      <translation>the revision is not a number</translation>
    </message>
    <message>
      <source>số nguyên</source>
      <translation>a whole number</translation>
    </message>
    <message>
      <source>số thẻ đoàn viên</source>
      <translation>Union card number</translation>
    </message>
    <message>
      <source>số {number}</source>
      <translation>the number {number}</translation>
    </message>
    <message>
      <source>số {value} không phải ngày hay năm hợp lệ</source>
      <translation>the number {value} is not a valid date or year</translation>
    </message>
    <message>
      <source>số điện thoại</source>
      <translation>phone number</translation>
    </message>
    <message>
      <source>số điện thoại không hợp lệ: {value}</source>
      <translation>invalid phone number: {value}</translation>
    </message>
    <message>
      <source>số/ký hiệu</source>
      <translation>number/reference</translation>
    </message>
    <message>
      <source>sức chứa</source>
      <translation>capacity</translation>
    </message>
    <message>
      <source>tham chiếu tới {table} {record}… không có</source>
      <translation>refers to {table} {record}…, which does not exist</translation>
    </message>
    <message>
      <source>thang: {scale}</source>
      <translation>scale: {scale}</translation>
    </message>
    <message>
      <source>thiếu dấu hai chấm «:» sau tên trường</source>
      <translation>a colon «:» is missing after a field name</translation>
    </message>
    <message>
      <source>thiếu dấu phẩy «,» giữa hai mục</source>
      <translation>a comma «,» is missing between two items</translation>
    </message>
    <message>
      <source>thiếu giá trị (hoặc thừa dấu phẩy trước «]», hoặc chuỗi không có dấu nháy kép)</source>
      <translation>a value is missing (or there is an extra comma before «]», or a string without double quotes)</translation>
    </message>
    <message>
      <source>thiếu ngày (chỉ có tháng/năm): {value}</source>
      <translation>day missing (only month/year): {value}</translation>
    </message>
    <message>
      <source>thiếu phần bắt buộc «event» (tên, loại và đơn vị tổ chức hội nghị).</source>
      <translation>the required section «event» is missing (the conference's name, kind and organising unit).</translation>
    </message>
    <message>
      <source>thiếu trường bắt buộc «{key}».</source>
      <translation>the required field «{key}» is missing.</translation>
    </message>
    <message>
      <source>thiếu {fields}</source>
      <translation>missing {fields}</translation>
    </message>
    <message>
      <source>thiếu {file}</source>
      <translation>missing {file}</translation>
    </message>
    <message>
      <source>thành phần</source>
      <translation>invitee group</translation>
    </message>
    <message>
      <source>tháng không hợp lệ (phải ghi ngày/tháng/năm): {value}</source>
      <translation>invalid month (write day/month/year): {value}</translation>
    </message>
    <message>
      <source>tháng không hợp lệ: {value}</source>
      <translation>invalid month: {value}</translation>
    </message>
    <message>
      <source>thời điểm nộp bài: {error}</source>
      <translation>submission time: {error}</translation>
    </message>
    <message>
      <source>thừa {file}</source>
      <translation>extra {file}</translation>
    </message>
    <message>
      <source>toàn bộ danh sách</source>
      <translation>whole list</translation>
    </message>
    <message>
      <source>true hoặc false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <source>trùng khóa</source>
      <translation>duplicate key</translation>
    </message>
    <message>
      <source>trùng mã</source>
      <translation>duplicate code</translation>
    </message>
    <message>
      <source>trùng số thẻ</source>
      <translation>duplicate card number</translation>
    </message>
    <message>
      <source>trùng tên với điểm cầu {number} (thành phần và người mời thêm chỉ đến điểm cầu theo tên).</source>
      <translation>same name as bridge point {number} (invitee groups and extra invitees refer to bridge points by name).</translation>
    </message>
    <message>
      <source>trường «{key}» không có trong định dạng (viết sai tên?); các trường dùng được: {keys}.</source>
      <translation>the field «{key}» is not part of the format (misspelt?); the fields that can be used: {keys}.</translation>
    </message>
    <message>
      <source>tài liệu</source>
      <translation>material</translation>
    </message>
    <message>
      <source>tên</source>
      <translation>name</translation>
    </message>
    <message>
      <source>tên gọi</source>
      <translation>label</translation>
    </message>
    <message>
      <source>tên tệp</source>
      <translation>file name</translation>
    </message>
    <message>
      <source>tên tệp không khớp ai trong danh sách</source>
      <translation>the file name matches no one on the list</translation>
    </message>
    <message>
      <source>tệp Word cũ (.doc): chỉ lưu tệp; lưu lại thành .docx để đọc được chữ</source>
      <translation>old Word file (.doc): file kept only; save it again as .docx so its text can be read</translation>
    </message>
    <message>
      <source>tệp không có chữ (ảnh chụp/bản quét): không đọc hay so trùng lặp được trong chương trình.</source>
      <translation>the file has no text (photo/scan): it cannot be read or checked for copying in the program.</translation>
    </message>
    <message>
      <source>tệp theo định dạng phiên bản {version}, mới hơn phiên bản {supported} mà chương trình này đọc được; hãy cập nhật DoanDesk.</source>
      <translation>the file is in format version {version}, newer than version {supported} that this program reads; update DoanDesk.</translation>
    </message>
    <message>
      <source>tệp {file}</source>
      <translation>file {file}</translation>
    </message>
    <message>
      <source>tệp «{file}»</source>
      <translation>file “{file}”</translation>
    </message>
    <message>
      <source>tỉ lệ «{text}» vượt 100%</source>
      <translation>percentage «{text}» exceeds 100%</translation>
    </message>
    <message>
      <source>tổng số câu «{value}» không phải số</source>
      <translation>question count «{value}» is not a number</translation>
    </message>
    <message>
      <source>việc</source>
      <translation>task</translation>
    </message>
    <message>
      <source>ví dụ BTG (có thể để trống)</source>
      <translation>e.g. BTG (may be left empty)</translation>
    </message>
    <message>
      <source>ví dụ HĐTN</source>
      <translation>e.g. HĐTN</translation>
    </message>
    <message>
      <source>ví dụ: 1, 3, 5-9</source>
      <translation>e.g. 1, 3, 5-9</translation>
    </message>
    <message>
      <source>văn bản chỉ đạo</source>
      <translation>directive</translation>
    </message>
    <message>
      <source>{correct} câu đúng mà đề chỉ có {total} câu</source>
      <translation>{correct} right answers but the test has only {total} questions</translation>
    </message>
    <message>
      <source>{count} bản cũ hơn, bỏ qua</source>
      <translation>{count} older, skipped</translation>
    </message>
    <message>
      <source>{count} cập nhật</source>
      <translation>{count} updated</translation>
    </message>
    <message>
      <source>{count} gửi muộn</source>
      <translation>{count} late</translation>
    </message>
    <message>
      <source>{count} không đổi</source>
      <translation>{count} unchanged</translation>
    </message>
    <message>
      <source>{count} mới</source>
      <translation>{count} new</translation>
    </message>
    <message>
      <source>{count} người khớp: chọn bằng ↑ ↓ rồi nhấn Enter.</source>
      <translation>Matches: {count}. Choose with ↑ ↓ and press Enter.</translation>
    </message>
    <message>
      <source>{count} quá hạn chưa gửi</source>
      <translation>{count} overdue</translation>
    </message>
    <message>
      <source>{count} từ chối</source>
      <translation>{count} rejected</translation>
    </message>
    <message>
      <source>{count} xung đột</source>
      <translation>{count} in conflict</translation>
    </message>
    <message>
      <source>{count} xóa</source>
      <translation>{count} deleted</translation>
    </message>
    <message>
      <source>{done}/{whole} · {rate} · đạt {passed}</source>
      <translation>{done}/{whole} · {rate} · {passed} passed</translation>
    </message>
    <message>
      <source>{error}

Gói «{name}» đã được tạo và vẫn nằm trong thư mục {folder}: có thể gửi lại, hoặc chép tệp đó bằng tay.</source>
      <translation>{error}

The package “{name}” was made and is still in the folder {folder}: you can send it again, or copy that file by hand.</translation>
    </message>
    <message>
      <source>{error} (Hoặc bấm «Chọn thư mục…» để đọc mọi gói trong thư mục đó.)</source>
      <translation>{error} (Or click “Choose folder…” to read every package in that folder.)</translation>
    </message>
    <message>
      <source>{error}; ghi giờ bắt đầu buổi</source>
      <translation>{error}; the session's start time is recorded</translation>
    </message>
    <message numerus="yes">
      <source>{field} ({attendees}) vượt sức chứa điểm cầu của đơn vị (%n người).</source>
      <translation>
        <numerusform>{field} ({attendees}) exceeds the capacity of the unit's bridge points (%n person).</numerusform>
        <numerusform>{field} ({attendees}) exceeds the capacity of the unit's bridge points (%n people).</numerusform>
      </translation>
    </message>
    <message>
      <source>{field} phải là số nguyên không âm.</source>
      <translation>{field} must be a whole number, not negative.</translation>
    </message>
    <message>
      <source>{field}, mục {number}</source>
      <translation>{field}, item {number}</translation>
    </message>
    <message>
      <source>{field}: giữ «{kept}», bản kia «{other}»</source>
      <translation>{field}: kept “{kept}”, other version “{other}”</translation>
    </message>
    <message>
      <source>{figures} — đã kết thúc</source>
      <translation>{figures} — ended</translation>
    </message>
    <message>
      <source>{file}, dòng {row}: không đọc được.</source>
      <translation>{file}, row {row}: cannot be read.</translation>
    </message>
    <message>
      <source>{first} / {second} — cần thống nhất</source>
      <translation>{first} / {second} — to be agreed</translation>
    </message>
    <message>
      <source>{full_name} đã có tệp {file}</source>
      <translation>{full_name} already has the file {file}</translation>
    </message>
    <message>
      <source>{grade} từ {score}</source>
      <translation>{grade} from {score}</translation>
    </message>
    <message>
      <source>{grade} — chờ chấm vòng hai</source>
      <translation>{grade} — awaiting second marking</translation>
    </message>
    <message>
      <source>{grade} — {total}/{maximum} điểm</source>
      <translation>{grade} — {total}/{maximum} points</translation>
    </message>
    <message>
      <source>{kind}
Văn bản: {code}</source>
      <translation>{kind}
Document: {code}</translation>
    </message>
    <message>
      <source>{label} không hợp lệ: {error}</source>
      <translation>Invalid {label}: {error}</translation>
    </message>
    <message>
      <source>{label}: chọn một trong {choices}.</source>
      <translation>{label}: choose one of {choices}.</translation>
    </message>
    <message>
      <source>{label}: cần một danh sách các dòng chữ.</source>
      <translation>{label}: needs a list of lines of text.</translation>
    </message>
    <message>
      <source>{label}: cần một số nguyên.</source>
      <translation>{label}: needs a whole number.</translation>
    </message>
    <message>
      <source>{label}: giá trị không hợp lệ.</source>
      <translation>{label}: invalid value.</translation>
    </message>
    <message>
      <source>{label}: hãy chọn một thư mục đầy đủ (ví dụ D:\SaoLuu).</source>
      <translation>{label}: choose a full folder path (e.g. D:\Backups).</translation>
    </message>
    <message>
      <source>{label}: phải từ {minimum} đến {maximum}.</source>
      <translation>{label}: must be from {minimum} to {maximum}.</translation>
    </message>
    <message>
      <source>{label}: «{text}» là một tệp, không phải thư mục.</source>
      <translation>{label}: “{text}” is a file, not a folder.</translation>
    </message>
    <message>
      <source>{level} không thể trực thuộc {parent_level} «{parent_code}».</source>
      <translation>A {level} cannot be under a {parent_level} (“{parent_code}”).</translation>
    </message>
    <message>
      <source>{level} không thể trực thuộc {parent_level} «{parent}».</source>
      <translation>A {level} cannot be under a {parent_level} (“{parent}”).</translation>
    </message>
    <message>
      <source>{level} không thể trực thuộc {parent_level}.</source>
      <translation>A {level} cannot be under a {parent_level}.</translation>
    </message>
    <message>
      <source>{level} – mã {code}</source>
      <translation>{level} – code {code}</translation>
    </message>
    <message>
      <source>{message} Có thể in giấy chứng nhận ngay tại đây.</source>
      <translation>{message} The certificate can be printed right here.</translation>
    </message>
    <message>
      <source>{moment} (hôm nay)</source>
      <translation>{moment} (today)</translation>
    </message>
    <message>
      <source>{moment} (hôm qua)</source>
      <translation>{moment} (yesterday)</translation>
    </message>
    <message>
      <source>{name}  ·  sinh {born}  ·  {branch}</source>
      <translation>{name}  ·  born {born}  ·  {branch}</translation>
    </message>
    <message numerus="yes">
      <source>{name} (%n câu)</source>
      <translation>
        <numerusform>{name} (%n question)</numerusform>
        <numerusform>{name} (%n questions)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} (%n người được mời)</source>
      <translation>
        <numerusform>{name} (%n invited)</numerusform>
        <numerusform>{name} (%n invited)</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} ({session}): giờ kết thúc {end} không sau giờ bắt đầu {start}.</source>
      <translation>{name} ({session}): the end time {end} is not after the start time {start}.</translation>
    </message>
    <message>
      <source>{name} có hơn một dòng trong danh sách</source>
      <translation>{name} has more than one row in the list</translation>
    </message>
    <message>
      <source>{name} đang làm bài. Thoát màn hình thi?</source>
      <translation>{name} is taking the test. Exit the test screen?</translation>
    </message>
    <message>
      <source>{name} đã có tệp «{file}» trong lần nhập này.</source>
      <translation>{name} already has the file “{file}” in this import.</translation>
    </message>
    <message>
      <source>{name} đã có ở dòng {row}: bỏ qua dòng này</source>
      <translation>{name} is already on row {row}: this row is skipped</translation>
    </message>
    <message>
      <source>{name} đã nộp bài ({had}, ngày {date}). Thay bằng bản giấy?</source>
      <translation>{name} has already handed in an essay ({had}, on {date}). Replace it with a paper essay?</translation>
    </message>
    <message>
      <source>{name} đã nộp bài ({had}, ngày {date}). Thay bằng tệp «{file}»?</source>
      <translation>{name} has already handed in an essay ({had}, on {date}). Replace it with the file “{file}”?</translation>
    </message>
    <message>
      <source>{name} đã thi đủ {count} lần cho phép.</source>
      <translation>{name} has already used all {count} allowed attempts.</translation>
    </message>
    <message>
      <source>{name} đã điểm danh có mặt; hãy hủy lượt điểm danh trước.</source>
      <translation>{name} is already checked in as present; undo the check-in first.</translation>
    </message>
    <message>
      <source>{name} đã đạt bài kiểm tra này, không cần thi lại.</source>
      <translation>{name} has already passed this test and need not retake it.</translation>
    </message>
    <message>
      <source>{name}, chuyên đề {number}: thiếu tên chuyên đề.</source>
      <translation>{name}, topic {number}: the topic's name is missing.</translation>
    </message>
    <message>
      <source>{name}: buổi «{part}» không có; chọn Sáng, Chiều hoặc Tối.</source>
      <translation>{name}: there is no session part «{part}»; choose morning, afternoon or evening.</translation>
    </message>
    <message>
      <source>{name}: chức vụ «{position}» không có.</source>
      <translation>{name}: there is no position «{position}».</translation>
    </message>
    <message>
      <source>{name}: cấp «{level}» không có; chọn {levels}.</source>
      <translation>{name}: there is no level «{level}»; choose {levels}.</translation>
    </message>
    <message>
      <source>{name}: cấp đơn vị «{level}» không có.</source>
      <translation>{name}: there is no unit level «{level}».</translation>
    </message>
    <message>
      <source>{name}: kết quả trùng với một dòng ở trên, chỉ lấy một lần</source>
      <translation>{name}: result duplicates a row above, taken only once</translation>
    </message>
    <message>
      <source>{name}: số điện thoại liên hệ «{phone}» không hợp lệ.</source>
      <translation>{name}: the contact phone number «{phone}» is not valid.</translation>
    </message>
    <message>
      <source>{name}: sức chứa phải là số người lớn hơn 0.</source>
      <translation>{name}: the capacity must be a number of people greater than 0.</translation>
    </message>
    <message>
      <source>{name}: tham gia một buổi không có trong hội nghị.</source>
      <translation>{name}: joins a session that is not part of the conference.</translation>
    </message>
    <message>
      <source>{name}: thiếu giờ bắt đầu hoặc giờ kết thúc.</source>
      <translation>{name}: the start or end time is missing.</translation>
    </message>
    <message>
      <source>{name}: thiếu tên điểm cầu.</source>
      <translation>{name}: the bridge point's name is missing.</translation>
    </message>
    <message>
      <source>{name}: thiếu đơn vị (phạm vi) của quy tắc mời.</source>
      <translation>{name}: the unit (scope) of the invitation rule is missing.</translation>
    </message>
    <message>
      <source>{name}: thiếu đơn vị chủ trì điểm cầu.</source>
      <translation>{name}: the unit hosting the bridge point is missing.</translation>
    </message>
    <message>
      <source>{name}: điểm cầu được chỉ định không có trong hội nghị.</source>
      <translation>{name}: the assigned bridge point is not part of the conference.</translation>
    </message>
    <message>
      <source>{name}: đơn vị đăng cai không có trong cây đơn vị.</source>
      <translation>{name}: the host unit is not in the unit tree.</translation>
    </message>
    <message>
      <source>{passed} đạt, {failed} chưa đạt</source>
      <translation>{passed} passed, {failed} not passed</translation>
    </message>
    <message>
      <source>{score} câu trả lời đúng</source>
      <translation>{score} correct answers</translation>
    </message>
    <message numerus="yes">
      <source>{sent}/%n đơn vị đã gửi cho «{event}»</source>
      <translation>
        <numerusform>{sent}/%n unit has sent for “{event}”</numerusform>
        <numerusform>{sent}/%n units have sent for “{event}”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{sent}/%n đơn vị đã gửi cho «{event}» ({details})</source>
      <translation>
        <numerusform>{sent}/%n unit has sent for “{event}” ({details})</numerusform>
        <numerusform>{sent}/%n units have sent for “{event}” ({details})</numerusform>
      </translation>
    </message>
    <message>
      <source>{session} (bắt đầu {start})  ·  {point}</source>
      <translation>{session} (starts {start})  ·  {point}</translation>
    </message>
    <message numerus="yes">
      <source>{shown} / %n câu</source>
      <translation>
        <numerusform>{shown} / %n question</numerusform>
        <numerusform>{shown} / %n questions</numerusform>
      </translation>
    </message>
    <message>
      <source>{shown}/{total} người</source>
      <translation>{shown}/{total} people</translation>
    </message>
    <message>
      <source>{stamp} (chưa đạt)</source>
      <translation>{stamp} (not passed)</translation>
    </message>
    <message>
      <source>{stamp} (đạt)</source>
      <translation>{stamp} (passed)</translation>
    </message>
    <message>
      <source>{table} {count}</source>
      <translation>{table}: {count}</translation>
    </message>
    <message>
      <source>{table} {record}…: trùng với bản ghi đã có ở máy này ({reason}).</source>
      <translation>{table} {record}…: clashes with a record already on this computer ({reason}).</translation>
    </message>
    <message>
      <source>{time:%H:%M} ngày {day:%d/%m/%Y}</source>
      <translation>{time:%H:%M} on {day:%d/%m/%Y}</translation>
    </message>
    <message>
      <source>{title} (dữ liệu mẫu)</source>
      <translation>{title} (sample data)</translation>
    </message>
    <message numerus="yes">
      <source>{topic} (%n câu)</source>
      <translation>
        <numerusform>{topic} (%n question)</numerusform>
        <numerusform>{topic} (%n questions)</numerusform>
      </translation>
    </message>
    <message>
      <source>{who} — cấp {levels} thuộc {scope}</source>
      <translation>{who} — {levels} level under {scope}</translation>
    </message>
    <message>
      <source>{words} chữ</source>
      <translation>{words} words</translation>
    </message>
    <message>
      <source>{words} chữ.</source>
      <translation>{words} words.</translation>
    </message>
    <message>
      <source>«ANSWER: {answer}» không khớp chữ cái của phương án nào ({letters})</source>
      <translation>«ANSWER: {answer}» does not match the letter of any option ({letters})</translation>
    </message>
    <message>
      <source>«{criterion}»</source>
      <translation>“{criterion}”</translation>
    </message>
    <message>
      <source>«{event_id}» không phải mã hội nghị hợp lệ (UUID); bỏ dòng này để tạo hội nghị mới.</source>
      <translation>«{event_id}» is not a valid conference code (UUID); remove this line to create a new conference.</translation>
    </message>
    <message>
      <source>«{event}»: {state}</source>
      <translation>“{event}”: {state}</translation>
    </message>
    <message>
      <source>«{name}» là một thư mục, không phải tệp bảng tính.</source>
      <translation>“{name}” is a folder, not a spreadsheet file.</translation>
    </message>
    <message>
      <source>«{name}» là một thư mục, không phải tệp.</source>
      <translation>“{name}” is a folder, not a file.</translation>
    </message>
    <message>
      <source>«{part}» không phải số thứ tự hay khoảng số (ví dụ 1, 3, 5-9).</source>
      <translation>«{part}» is not a row number or a range (e.g. 1, 3, 5-9).</translation>
    </message>
    <message>
      <source>«{reference}» khớp {count} buổi; hãy chọn theo số thứ tự: {listing}.</source>
      <translation>«{reference}» matches {count} sessions; choose by number: {listing}.</translation>
    </message>
    <message>
      <source>«{reference}» khớp {count} điểm cầu; hãy chọn theo số thứ tự: {listing}.</source>
      <translation>«{reference}» matches {count} bridge points; choose by number: {listing}.</translation>
    </message>
    <message>
      <source>«{sheet}» (tiêu đề ở dòng {row})</source>
      <translation>“{sheet}” (header on row {row})</translation>
    </message>
    <message>
      <source>«{text}» không phải giá trị dùng được; chọn một trong: {choices}.</source>
      <translation>«{text}» is not a value that can be used; choose one of: {choices}.</translation>
    </message>
    <message>
      <source>«{text}» không phải giá trị dùng được; chọn trong: {choices}.</source>
      <translation>«{text}» is not a value that can be used; choose from: {choices}.</translation>
    </message>
    <message>
      <source>«{text}» không phải mã thẻ đúng. Hãy quét lại, hoặc gõ họ tên để tìm.</source>
      <translation>“{text}” is not a valid card code. Scan again, or type your name to search.</translation>
    </message>
    <message>
      <source>«{text}» không phải số câu đúng: {help}.</source>
      <translation>“{text}” is not a number of right answers: {help}.</translation>
    </message>
    <message>
      <source>«{text}» không phải {what} hợp lệ; viết như {example}.</source>
      <translation>«{text}» is not a valid {what}; write it like {example}.</translation>
    </message>
    <message>
      <source>«{title}»</source>
      <translation>“{title}”</translation>
    </message>
    <message>
      <source>Ít nhất 8 ký tự. Báo mật khẩu cho đơn vị nhận qua điện thoại, đừng gửi kèm gói.</source>
      <translation>At least 8 characters. Give the passphrase to the receiving unit by phone; do not send it with the package.</translation>
    </message>
    <message>
      <source>Ô để trống lấy theo cây đơn vị (chữ mờ là giá trị sẽ dùng).</source>
      <translation>Empty fields follow the unit tree (the greyed text is the value that will be used).</translation>
    </message>
    <message>
      <source>ô trống, không có ngày</source>
      <translation>empty cell, no date</translation>
    </message>
    <message>
      <source>ô trống, không có số điện thoại</source>
      <translation>empty cell, no phone number</translation>
    </message>
    <message>
      <source>ô trống, không có điểm</source>
      <translation>empty cell, no score</translation>
    </message>
    <message>
      <source>Đ&amp;iểm:</source>
      <translation>S&amp;core:</translation>
    </message>
    <message>
      <source>Đang bỏ mời…</source>
      <translation>Uninviting…</translation>
    </message>
    <message>
      <source>Đang chuyển điểm cầu…</source>
      <translation>Moving to bridge point…</translation>
    </message>
    <message>
      <source>Đang chuẩn bị</source>
      <translation>Preparing</translation>
    </message>
    <message>
      <source>Đang chép cơ sở dữ liệu…</source>
      <translation>Copying the database…</translation>
    </message>
    <message>
      <source>Đang cấp giấy chứng nhận…</source>
      <translation>Issuing certificates…</translation>
    </message>
    <message numerus="yes">
      <source>Đang cập nhật %n đoàn viên</source>
      <translation>
        <numerusform>Updating %n member</numerusform>
        <numerusform>Updating %n members</numerusform>
      </translation>
    </message>
    <message>
      <source>Đang diễn ra</source>
      <translation>Under way</translation>
    </message>
    <message numerus="yes">
      <source>Đang ghi %n đoàn viên mới</source>
      <translation>
        <numerusform>Writing %n new member</numerusform>
        <numerusform>Writing %n new members</numerusform>
      </translation>
    </message>
    <message>
      <source>Đang ghi bài của {name}…</source>
      <translation>Recording {name}'s essay…</translation>
    </message>
    <message>
      <source>Đang ghi báo cáo (PDF)…</source>
      <translation>Writing the report (PDF)…</translation>
    </message>
    <message>
      <source>Đang ghi bản sao lưu…</source>
      <translation>Writing the backup…</translation>
    </message>
    <message>
      <source>Đang ghi kết quả kiểm tra…</source>
      <translation>Saving the test results…</translation>
    </message>
    <message>
      <source>Đang ghi kết quả thi trên giấy…</source>
      <translation>Saving the paper test results…</translation>
    </message>
    <message>
      <source>Đang ghi nhận khóa…</source>
      <translation>Recording the key…</translation>
    </message>
    <message>
      <source>Đang ghi số liệu báo cáo (Excel)…</source>
      <translation>Writing the report figures (Excel)…</translation>
    </message>
    <message>
      <source>Đang ghi vắng có phép…</source>
      <translation>Recording excused absence…</translation>
    </message>
    <message>
      <source>Đang ghi {done}/{total}</source>
      <translation>Writing {done}/{total}</translation>
    </message>
    <message>
      <source>Đang ghi điểm danh…</source>
      <translation>Recording attendance…</translation>
    </message>
    <message>
      <source>Đang ghi đoàn viên mới</source>
      <translation>Writing new members</translation>
    </message>
    <message>
      <source>Đang ghi…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Đang giải quyết xung đột…</source>
      <translation>Resolving the conflict…</translation>
    </message>
    <message>
      <source>Đang hủy…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>Đang in danh sách ký tên…</source>
      <translation>Printing sign-in sheet…</translation>
    </message>
    <message>
      <source>Đang in danh sách điểm danh…</source>
      <translation>Printing attendance list…</translation>
    </message>
    <message>
      <source>Đang in danh sách…</source>
      <translation>Printing list…</translation>
    </message>
    <message>
      <source>Đang in kết quả kiểm tra nhận thức…</source>
      <translation>Printing awareness test results…</translation>
    </message>
    <message>
      <source>Đang in sổ theo dõi bài thu hoạch…</source>
      <translation>Printing essay register…</translation>
    </message>
    <message>
      <source>Đang in thẻ điểm danh…</source>
      <translation>Printing attendance cards…</translation>
    </message>
    <message>
      <source>Đang in tờ mã QR…</source>
      <translation>Printing QR sheet…</translation>
    </message>
    <message>
      <source>Đang khôi phục dữ liệu…</source>
      <translation>Restoring data…</translation>
    </message>
    <message>
      <source>Đang kiểm tra dòng {row}</source>
      <translation>Checking row {row}</translation>
    </message>
    <message>
      <source>Đang kiểm tra và xem trước gói…</source>
      <translation>Checking and previewing packages…</translation>
    </message>
    <message>
      <source>Đang kiểm tra…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Đang lưu báo cáo…</source>
      <translation>Saving report…</translation>
    </message>
    <message>
      <source>Đang lưu bản nháp…</source>
      <translation>Saving the draft…</translation>
    </message>
    <message>
      <source>Đang lưu cài đặt bài kiểm tra…</source>
      <translation>Saving the test settings…</translation>
    </message>
    <message>
      <source>Đang lưu cách trình bày văn bản…</source>
      <translation>Saving the document layout…</translation>
    </message>
    <message>
      <source>Đang lưu câu hỏi…</source>
      <translation>Saving question…</translation>
    </message>
    <message>
      <source>Đang lưu hội nghị…</source>
      <translation>Saving conference…</translation>
    </message>
    <message>
      <source>Đang lưu kết luận…</source>
      <translation>Saving the decision…</translation>
    </message>
    <message>
      <source>Đang lưu kết quả chấm…</source>
      <translation>Saving the mark…</translation>
    </message>
    <message>
      <source>Đang lưu tệp</source>
      <translation>Saving the file</translation>
    </message>
    <message>
      <source>Đang lưu yêu cầu bài thu hoạch…</source>
      <translation>Saving the essay requirements…</translation>
    </message>
    <message>
      <source>Đang lưu đoàn viên…</source>
      <translation>Saving member…</translation>
    </message>
    <message>
      <source>Đang lưu đơn vị…</source>
      <translation>Saving the unit…</translation>
    </message>
    <message>
      <source>Đang lưu…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Đang lấy số văn bản…</source>
      <translation>Taking a document number…</translation>
    </message>
    <message>
      <source>Đang lập biên nhận…</source>
      <translation>Making receipts…</translation>
    </message>
    <message>
      <source>Đang mời…</source>
      <translation>Inviting…</translation>
    </message>
    <message>
      <source>Đang mở bài thu hoạch…</source>
      <translation>Opening the essay…</translation>
    </message>
    <message>
      <source>Đang mở bài…</source>
      <translation>Opening the essay…</translation>
    </message>
    <message>
      <source>Đang mở dữ liệu…</source>
      <translation>Opening data…</translation>
    </message>
    <message>
      <source>Đang mở hội nghị…</source>
      <translation>Opening the conference…</translation>
    </message>
    <message>
      <source>Đang mở tệp…</source>
      <translation>Opening the file…</translation>
    </message>
    <message numerus="yes">
      <source>Đang nhập %n bài thu hoạch…</source>
      <translation>
        <numerusform>Importing %n essay…</numerusform>
        <numerusform>Importing %n essays…</numerusform>
      </translation>
    </message>
    <message>
      <source>Đang nhập câu hỏi…</source>
      <translation>Importing questions…</translation>
    </message>
    <message>
      <source>Đang nhập danh sách đơn vị…</source>
      <translation>Importing the unit list…</translation>
    </message>
    <message>
      <source>Đang nhập danh sách…</source>
      <translation>Importing list…</translation>
    </message>
    <message>
      <source>Đang nhập gói báo cáo…</source>
      <translation>Importing report packages…</translation>
    </message>
    <message>
      <source>Đang nhập tệp khóa…</source>
      <translation>Importing the key file…</translation>
    </message>
    <message>
      <source>Đang sao chép hội nghị…</source>
      <translation>Copying the conference…</translation>
    </message>
    <message>
      <source>Đang sao lưu dữ liệu…</source>
      <translation>Backing up data…</translation>
    </message>
    <message>
      <source>Đang sinh hoạt</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Đang so sánh các bài… (với hàng nghìn bài có thể mất vài giây)</source>
      <translation>Comparing the essays… (with thousands of essays this can take a few seconds)</translation>
    </message>
    <message>
      <source>Đang theo yêu cầu mặc định (chưa lưu).</source>
      <translation>Using the default requirements (not saved).</translation>
    </message>
    <message>
      <source>Đang tìm USB…</source>
      <translation>Looking for USB sticks…</translation>
    </message>
    <message>
      <source>Đang tìm bảng danh sách</source>
      <translation>Looking for the list table</translation>
    </message>
    <message>
      <source>Đang tìm…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <source>Đang tạo bản xem trước…</source>
      <translation>Making the preview…</translation>
    </message>
    <message>
      <source>Đang tạo hội nghị mẫu</source>
      <translation>Creating the sample conference</translation>
    </message>
    <message>
      <source>Đang tạo và gửi gói báo cáo…</source>
      <translation>Making and sending the report package…</translation>
    </message>
    <message>
      <source>Đang tạo đoàn viên mẫu {done}/{total}</source>
      <translation>Creating sample members {done}/{total}</translation>
    </message>
    <message>
      <source>Đang xem</source>
      <translation>Current</translation>
    </message>
    <message>
      <source>Đang xuất danh sách…</source>
      <translation>Exporting list…</translation>
    </message>
    <message>
      <source>Đang xuất kết quả kiểm tra…</source>
      <translation>Exporting test results…</translation>
    </message>
    <message>
      <source>Đang xuất ngân hàng câu hỏi…</source>
      <translation>Exporting the question bank…</translation>
    </message>
    <message>
      <source>Đang xuất tệp khóa…</source>
      <translation>Exporting the key file…</translation>
    </message>
    <message>
      <source>Đang xuất tổng hợp bài thu hoạch…</source>
      <translation>Exporting the essay summary…</translation>
    </message>
    <message>
      <source>Đang xuất tổng hợp điểm danh…</source>
      <translation>Exporting attendance summary…</translation>
    </message>
    <message>
      <source>Đang xóa bài…</source>
      <translation>Deleting the essay…</translation>
    </message>
    <message>
      <source>Đang xóa câu hỏi…</source>
      <translation>Deleting questions…</translation>
    </message>
    <message>
      <source>Đang xóa hội nghị…</source>
      <translation>Deleting the conference…</translation>
    </message>
    <message>
      <source>Đang xóa đơn vị…</source>
      <translation>Deleting the unit…</translation>
    </message>
    <message>
      <source>Đang xóa…</source>
      <translation>Deleting…</translation>
    </message>
    <message>
      <source>Đang xử lý…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <source>Đang đọc biên nhận…</source>
      <translation>Reading receipts…</translation>
    </message>
    <message>
      <source>Đang đọc bài…</source>
      <translation>Reading the essay…</translation>
    </message>
    <message>
      <source>Đang đọc báo cáo…</source>
      <translation>Reading the report…</translation>
    </message>
    <message>
      <source>Đang đọc bản sao lưu…</source>
      <translation>Reading backup…</translation>
    </message>
    <message>
      <source>Đang đọc cài đặt bài kiểm tra…</source>
      <translation>Reading the test settings…</translation>
    </message>
    <message>
      <source>Đang đọc các hạn…</source>
      <translation>Reading the deadlines…</translation>
    </message>
    <message>
      <source>Đang đọc câu hỏi…</source>
      <translation>Reading the questions…</translation>
    </message>
    <message>
      <source>Đang đọc danh sách bài thu hoạch…</source>
      <translation>Reading the essay list…</translation>
    </message>
    <message>
      <source>Đang đọc danh sách hội nghị…</source>
      <translation>Reading the conference list…</translation>
    </message>
    <message>
      <source>Đang đọc danh sách người được mời…</source>
      <translation>Reading invitee list…</translation>
    </message>
    <message>
      <source>Đang đọc danh sách…</source>
      <translation>Reading the list…</translation>
    </message>
    <message>
      <source>Đang đọc dữ liệu gửi / nhận…</source>
      <translation>Reading send / receive data…</translation>
    </message>
    <message>
      <source>Đang đọc gói báo cáo…</source>
      <translation>Reading report packages…</translation>
    </message>
    <message>
      <source>Đang đọc kết quả kiểm tra…</source>
      <translation>Reading test results…</translation>
    </message>
    <message>
      <source>Đang đọc ngân hàng câu hỏi…</source>
      <translation>Reading the question banks…</translation>
    </message>
    <message>
      <source>Đang đọc số liệu điểm danh…</source>
      <translation>Reading attendance figures…</translation>
    </message>
    <message>
      <source>Đang đọc thư mục {folder}…</source>
      <translation>Reading folder {folder}…</translation>
    </message>
    <message>
      <source>Đang đọc thư mục…</source>
      <translation>Reading the folder…</translation>
    </message>
    <message>
      <source>Đang đọc tình hình gửi báo cáo…</source>
      <translation>Reading the report submission status…</translation>
    </message>
    <message>
      <source>Đang đọc tệp…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <source>Đang đọc tổng quan…</source>
      <translation>Reading the overview…</translation>
    </message>
    <message>
      <source>Đang đọc {file}…</source>
      <translation>Reading {file}…</translation>
    </message>
    <message>
      <source>Đang đọc {name}</source>
      <translation>Reading {name}</translation>
    </message>
    <message>
      <source>Đang đọc {name}…</source>
      <translation>Reading {name}…</translation>
    </message>
    <message>
      <source>Điểm</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Điểm cao nhất</source>
      <translation>Best score</translation>
    </message>
    <message>
      <source>Điểm chấm của bài cũng không còn được tính; người này trở lại «Chưa nộp» nếu thuộc diện phải nộp.</source>
      <translation>The essay's marks will no longer count either; this person goes back to “Not handed in” if required to hand in.</translation>
    </message>
    <message>
      <source>Điểm cầu</source>
      <translation>Bridge point</translation>
    </message>
    <message>
      <source>Điểm cầu (buổi {session}):</source>
      <translation>Bridge point (session {session}):</translation>
    </message>
    <message>
      <source>Điểm cầu gần nhất</source>
      <translation>Nearest bridge point</translation>
    </message>
    <message>
      <source>Điểm cầu gần nhất (theo đơn vị của từng người)</source>
      <translation>Nearest bridge point (by each person's unit)</translation>
    </message>
    <message>
      <source>Điểm cầu phải tham gia ít nhất một buổi.</source>
      <translation>A bridge point must join at least one session.</translation>
    </message>
    <message>
      <source>Điểm cầu {number}</source>
      <translation>Bridge point {number}</translation>
    </message>
    <message>
      <source>Điểm cầu «{point}» không tham gia buổi {session}.</source>
      <translation>Bridge point «{point}» does not take part in session {session}.</translation>
    </message>
    <message>
      <source>Điểm cầu đang chọn</source>
      <translation>Selected bridge point</translation>
    </message>
    <message>
      <source>Điểm cầu đã chọn không thuộc hội nghị này.</source>
      <translation>The chosen bridge point is not part of this conference.</translation>
    </message>
    <message>
      <source>Điểm cầu:</source>
      <translation>Bridge point:</translation>
    </message>
    <message>
      <source>Điểm cầu</source>
      <comment>tab</comment>
      <translation>Bridge points</translation>
    </message>
    <message>
      <source>Điểm cầu</source>
      <comment>table</comment>
      <translation>Bridge points</translation>
    </message>
    <message>
      <source>Điểm danh</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Điểm danh - {title}.pdf</source>
      <translation>Attendance - {title}.pdf</translation>
    </message>
    <message>
      <source>Điểm danh - {title}.xlsx</source>
      <translation>Attendance - {title}.xlsx</translation>
    </message>
    <message>
      <source>Điểm danh người đã chọn</source>
      <translation>Check in the selected person</translation>
    </message>
    <message>
      <source>Điểm danh: số phút sau giờ bắt đầu buổi vẫn tính là đúng giờ</source>
      <translation>Attendance: minutes after a session starts that still count as on time</translation>
    </message>
    <message>
      <source>Điểm danh: {point} · {session}</source>
      <translation>Check-in: {point} · {session}</translation>
    </message>
    <message>
      <source>Điểm danh</source>
      <comment>table</comment>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Điểm theo tiêu chí</source>
      <translation>Scores by criterion</translation>
    </message>
    <message>
      <source>Điểm tối đa</source>
      <translation>Maximum score</translation>
    </message>
    <message>
      <source>Điểm tối đa của tiêu chí «{name}» phải là một số: «{score}».</source>
      <translation>The maximum score of the criterion “{name}” must be a number: “{score}”.</translation>
    </message>
    <message>
      <source>Điểm vượt mức tối đa</source>
      <translation>Score above the maximum</translation>
    </message>
    <message>
      <source>Điểm «{criterion}» phải từ 0 đến {max_score:g}.</source>
      <translation>The score for “{criterion}” must be between 0 and {max_score:g}.</translation>
    </message>
    <message>
      <source>Điểm «{text}» chưa đúng: {reason}.</source>
      <translation>The score “{text}” is not right: {reason}.</translation>
    </message>
    <message>
      <source>Điểm đạt phải từ 1% đến 100%.</source>
      <translation>The pass mark must be from 1% to 100%.</translation>
    </message>
    <message>
      <source>Điểm đạt:</source>
      <translation>Pass mark:</translation>
    </message>
    <message>
      <source>Điểm đạt: {percent}% số câu (mức mặc định, hội nghị chưa đặt bài kiểm tra)</source>
      <translation>Pass mark: {percent}% of the questions (the default: the conference has no test set up)</translation>
    </message>
    <message>
      <source>Điểm đạt: {percent}% số câu (theo cài đặt bài kiểm tra)</source>
      <translation>Pass mark: {percent}% of the questions (from the test settings)</translation>
    </message>
    <message>
      <source>Điện thoại</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Điện thoại:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <source>Đoàn cơ sở</source>
      <translation>Grassroots union</translation>
    </message>
    <message>
      <source>Đoàn khối</source>
      <translation>Sector union</translation>
    </message>
    <message>
      <source>Đoàn trực thuộc</source>
      <translation>Directly attached union</translation>
    </message>
    <message>
      <source>Đoàn viên</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Đoàn viên chưa đạt</source>
      <translation>Members not passed</translation>
    </message>
    <message>
      <source>Đoàn viên gợi ý</source>
      <translation>Suggested member</translation>
    </message>
    <message>
      <source>Đoàn viên làm bài trên máy của cơ quan (toàn màn hình)</source>
      <translation>Members take the test on the office's computer (full screen)</translation>
    </message>
    <message>
      <source>Đoàn viên được chọn</source>
      <translation>Chosen member</translation>
    </message>
    <message>
      <source>Đoàn viên: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation>Members: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Đoàn viên</source>
      <comment>screen</comment>
      <translation>Members</translation>
    </message>
    <message>
      <source>Đoàn viên</source>
      <comment>table</comment>
      <translation>Members</translation>
    </message>
    <message>
      <source>Đoàn xã/phường</source>
      <translation>Commune/ward union</translation>
    </message>
    <message>
      <source>Đoạn sa&amp;u ▶</source>
      <translation>Ne&amp;xt passage ▶</translation>
    </message>
    <message numerus="yes">
      <source>Đoạn {number}/{total} — %n chữ</source>
      <translation>
        <numerusform>Passage {number}/{total} — %n word</numerusform>
        <numerusform>Passage {number}/{total} — %n words</numerusform>
      </translation>
    </message>
    <message>
      <source>Đánh dấu những người đã ký trên tờ danh sách in cho buổi và điểm cầu đã chọn</source>
      <translation>Tick the people who signed the printed sheet for the chosen session and bridge point</translation>
    </message>
    <message>
      <source>Đánh dấu những người đã ký trên tờ danh sách ký tên in từ DoanDesk: số thứ tự ở đây giống trên tờ in. Gõ các số thứ tự đã ký, hoặc tìm tên rồi bấm phím cách để đánh dấu.</source>
      <translation>Tick the people who signed the sign-in sheet printed from DoanDesk: the row numbers here are the same as on the printed sheet. Type the row numbers that signed, or find a name and press Space to tick it.</translation>
    </message>
    <message>
      <source>Đánh dấu đã &amp;xong</source>
      <translation>Mark as &amp;done</translation>
    </message>
    <message>
      <source>Đánh giá chung</source>
      <translation>General assessment</translation>
    </message>
    <message>
      <source>Đáp án đúng</source>
      <translation>Right answer</translation>
    </message>
    <message>
      <source>Đây là biên nhận, không phải gói dữ liệu: dùng «Nhập biên nhận».</source>
      <translation>This is a receipt, not a data package: use “Import receipts”.</translation>
    </message>
    <message>
      <source>Đã
kiểm tra</source>
      <translation>Tested</translation>
    </message>
    <message>
      <source>Đã chuyển sinh hoạt</source>
      <translation>Transferred</translation>
    </message>
    <message>
      <source>Đã chấm</source>
      <translation>Marked</translation>
    </message>
    <message>
      <source>Đã chọn</source>
      <translation>Selected</translation>
    </message>
    <message numerus="yes">
      <source>Đã chọn %n câu</source>
      <translation>
        <numerusform>%n question chosen</numerusform>
        <numerusform>%n questions chosen</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã chọn {count}</source>
      <translation>Selected: {count}</translation>
    </message>
    <message>
      <source>Đã chọn {who}. Gõ điểm rồi nhấn Enter.</source>
      <translation>Chose {who}. Type the score, then press Enter.</translation>
    </message>
    <message>
      <source>Đã có biên nhận</source>
      <translation>Receipt received</translation>
    </message>
    <message>
      <source>Đã có mặt</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Đã có mặt {time:%H:%M}</source>
      <translation>Present at {time:%H:%M}</translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n câu hỏi vào «{file}».</source>
      <translation>
        <numerusform>Wrote %n question to “{file}”.</numerusform>
        <numerusform>Wrote %n questions to “{file}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n câu hỏi vào «{name}».</source>
      <translation>
        <numerusform>Wrote %n question to “{name}”.</numerusform>
        <numerusform>Wrote %n questions to “{name}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n dòng vào «{file}».</source>
      <translation>
        <numerusform>Wrote %n row to “{file}”.</numerusform>
        <numerusform>Wrote %n rows to “{file}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n giấy chứng nhận (PDF) vào thư mục «{folder}».</source>
      <translation>
        <numerusform>Wrote %n certificate (PDF) to the folder “{folder}”.</numerusform>
        <numerusform>Wrote %n certificates (PDF) to the folder “{folder}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n lượt thi trên giấy, ngày {date}.</source>
      <translation>
        <numerusform>Saved %n paper test attempt, dated {date}.</numerusform>
        <numerusform>Saved %n paper test attempts, dated {date}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n lượt thi từ tệp «{file}».</source>
      <translation>
        <numerusform>Saved %n attempt from the file “{file}”.</numerusform>
        <numerusform>Saved %n attempts from the file “{file}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n mã QR vào «{file}».</source>
      <translation>
        <numerusform>Wrote %n QR code to “{file}”.</numerusform>
        <numerusform>Wrote %n QR codes to “{file}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n người có mặt từ tệp «{file}».</source>
      <translation>
        <numerusform>Recorded %n person present from the file “{file}”.</numerusform>
        <numerusform>Recorded %n people present from the file “{file}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n người có mặt.</source>
      <translation>
        <numerusform>Recorded %n person present.</numerusform>
        <numerusform>Recorded %n people present.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n thẻ điểm danh vào «{file}».</source>
      <translation>
        <numerusform>Wrote %n attendance card to “{file}”.</numerusform>
        <numerusform>Wrote %n attendance cards to “{file}”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã ghi biên nhận:
{names}</source>
      <translation>Receipts written:
{names}</translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi danh sách %n người vào «{file}».</source>
      <translation>
        <numerusform>Wrote a list of %n person to “{file}”.</numerusform>
        <numerusform>Wrote a list of %n people to “{file}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi danh sách ký tên %n người (buổi {session}, {point}) vào «{file}».</source>
      <translation>
        <numerusform>Wrote a sign-in sheet for %n person (session {session}, {point}) to “{file}”.</numerusform>
        <numerusform>Wrote a sign-in sheet for %n people (session {session}, {point}) to “{file}”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã ghi khóa công khai của máy này vào {path}.</source>
      <translation>This computer's public key was written to {path}.</translation>
    </message>
    <message>
      <source>Đã ghi tổng hợp bài thu hoạch vào «{file}».</source>
      <translation>The essay summary was saved to “{file}”.</translation>
    </message>
    <message>
      <source>Đã ghi tổng hợp điểm danh vào «{name}».</source>
      <translation>Attendance summary written to “{name}”.</translation>
    </message>
    <message>
      <source>Đã ghi và kiểm tra gói «{name}» trên USB {drive}. Có thể rút USB an toàn.
{content}</source>
      <translation>The package “{name}” was written to the USB stick {drive} and checked. The USB stick can be removed safely.
{content}</translation>
    </message>
    <message>
      <source>Đã ghi và kiểm tra gói «{name}» vào thư mục {folder}.
{content}</source>
      <translation>The package “{name}” was written to the folder {folder} and checked.
{content}</translation>
    </message>
    <message>
      <source>Đã ghi và kiểm tra xong gói trên ổ {drive} ({path}). Có thể rút USB an toàn.</source>
      <translation>The package has been written and checked on the drive {drive} ({path}). The USB stick can be safely removed.</translation>
    </message>
    <message>
      <source>Đã ghi vắng có phép</source>
      <translation>Recorded as excused</translation>
    </message>
    <message>
      <source>Đã ghi «{name}».</source>
      <translation>Wrote “{name}”.</translation>
    </message>
    <message>
      <source>Đã gửi</source>
      <translation>Sent</translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n gói, nhận {received} gói.</source>
      <translation>
        <numerusform>Sent %n package, received {received}.</numerusform>
        <numerusform>Sent %n packages, received {received}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n gói.</source>
      <translation>
        <numerusform>Sent %n package.</numerusform>
        <numerusform>Sent %n packages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n trang tới máy in «{name}».</source>
      <translation>
        <numerusform>Sent %n page to the printer “{name}”.</numerusform>
        <numerusform>Sent %n pages to the printer “{name}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n trang tới tệp «{name}».</source>
      <translation>
        <numerusform>Sent %n page to the file “{name}”.</numerusform>
        <numerusform>Sent %n pages to the file “{name}”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã gửi gói báo cáo</source>
      <translation>Report package sent</translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi gói «{name}» qua thư điện tử tới {recipients}, chia thành %n thư vì gói lớn.
{content}</source>
      <translation>
        <numerusform>The package “{name}” was sent by e-mail to {recipients}, split into %n message because it is large.
{content}</numerusform>
        <numerusform>The package “{name}” was sent by e-mail to {recipients}, split into %n messages because it is large.
{content}</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã gửi gói «{name}» qua thư điện tử tới {recipients}.
{content}</source>
      <translation>The package “{name}” was sent by e-mail to {recipients}.
{content}</translation>
    </message>
    <message>
      <source>Đã gửi gói, nhưng máy chủ thư từ chối địa chỉ nhận {addresses} (các địa chỉ khác đã nhận): kiểm tra địa chỉ này trong Cài đặt thư.</source>
      <translation>The package was sent, but the mail server refused the recipient addresses {addresses} (the other addresses received it): check them in the mail settings.</translation>
    </message>
    <message>
      <source>Đã gửi {sent}/{total} thư rồi bị lỗi. {problem}</source>
      <translation>Sent {sent}/{total} messages, then an error occurred. {problem}</translation>
    </message>
    <message>
      <source>Đã gửi, chờ biên nhận</source>
      <translation>Sent, awaiting receipt</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy lượt điểm danh</source>
      <translation>Check-in undone</translation>
    </message>
    <message>
      <source>Đã hủy theo yêu cầu; không có dữ liệu nào bị thay đổi.</source>
      <translation>Cancelled as requested; no data was changed.</translation>
    </message>
    <message>
      <source>Đã khôi phục</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {when} ({counts}).</source>
      <translation>The data has been restored from the backup of {when} ({counts}).</translation>
    </message>
    <message>
      <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {when}. Hãy đóng và mở lại DoanDesk.</source>
      <translation>The data has been restored from the backup of {when}. Close DoanDesk and open it again.</translation>
    </message>
    <message>
      <source>Đã khớp</source>
      <translation>Matched</translation>
    </message>
    <message>
      <source>Đã kiểm tra / phải kiểm tra</source>
      <translation>Tested / to be tested</translation>
    </message>
    <message>
      <source>Đã kiểm tra / phải kiểm tra · chỉ tiêu &lt;b&gt;{target}%&lt;/b&gt;</source>
      <translation>Tested / to be tested · target &lt;b&gt;{target}%&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Đã kiểm tra &lt;b&gt;{tested}/{to_test}&lt;/b&gt; đoàn viên (&lt;b&gt;{tested_rate}&lt;/b&gt;), đạt &lt;b&gt;{passed}&lt;/b&gt; (&lt;b&gt;{pass_rate}&lt;/b&gt;); {attempts} lượt thi.</source>
      <translation>Tested &lt;b&gt;{tested}/{to_test}&lt;/b&gt; members (&lt;b&gt;{tested_rate}&lt;/b&gt;), passed &lt;b&gt;{passed}&lt;/b&gt; (&lt;b&gt;{pass_rate}&lt;/b&gt;); {attempts} attempts.</translation>
    </message>
    <message>
      <source>Đã kết thúc</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Đã kết thúc buổi</source>
      <translation>Session ended</translation>
    </message>
    <message>
      <source>Đã lưu báo cáo</source>
      <translation>Report saved</translation>
    </message>
    <message>
      <source>Đã lưu báo cáo lỗi</source>
      <translation>Error report saved</translation>
    </message>
    <message>
      <source>Đã lưu báo cáo lỗi vào «{path}».</source>
      <translation>The error report has been saved to “{path}”.</translation>
    </message>
    <message>
      <source>Đã lưu bản nháp lúc {time}.</source>
      <translation>Draft saved at {time}.</translation>
    </message>
    <message>
      <source>Đã lưu bản nháp.</source>
      <translation>Draft saved.</translation>
    </message>
    <message>
      <source>Đã lưu bản sao lưu vào {path}.</source>
      <translation>The backup has been saved to {path}.</translation>
    </message>
    <message>
      <source>Đã lưu giấy chứng nhận</source>
      <translation>Certificate saved</translation>
    </message>
    <message>
      <source>Đã lưu giấy chứng nhận số {number} của {name}.</source>
      <translation>Saved certificate no. {number} of {name}.</translation>
    </message>
    <message>
      <source>Đã lưu «{name}» vào thư mục {folder}.</source>
      <translation>Saved “{name}” in the folder {folder}.</translation>
    </message>
    <message>
      <source>Đã lưu: người chấm {number} xếp loại {grade}.</source>
      <translation>Saved: marker {number} gave the grade {grade}.</translation>
    </message>
    <message>
      <source>Đã lập biên nhận</source>
      <translation>Receipts made</translation>
    </message>
    <message>
      <source>Đã lập biên nhận: {path}</source>
      <translation>Receipt made: {path}</translation>
    </message>
    <message numerus="yes">
      <source>Đã nhận %n gói.</source>
      <translation>
        <numerusform>Received %n package.</numerusform>
        <numerusform>Received %n packages.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã nhập</source>
      <translation>Imported</translation>
    </message>
    <message numerus="yes">
      <source>Đã nhập %n bài thu hoạch từ thư mục «{folder}», ngày nhận {date}.</source>
      <translation>
        <numerusform>Imported %n essay from the folder “{folder}”, received on {date}.</numerusform>
        <numerusform>Imported %n essays from the folder “{folder}”, received on {date}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã nhập (%n bài)</source>
      <translation>
        <numerusform>Entered (%n paper)</numerusform>
        <numerusform>Entered (%n papers)</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã nhập biên nhận</source>
      <translation>Receipts imported</translation>
    </message>
    <message>
      <source>Đã nhập danh sách đơn vị. Chọn &lt;b&gt;đơn vị của máy này&lt;/b&gt; (đơn vị bạn quản lý) trong cây:</source>
      <translation>The unit list has been imported. Choose &lt;b&gt;this computer's unit&lt;/b&gt; (the unit you manage) in the tree:</translation>
    </message>
    <message>
      <source>Đã nhập gói báo cáo</source>
      <translation>Report packages imported</translation>
    </message>
    <message>
      <source>Đã nhập trước đây</source>
      <translation>Imported before</translation>
    </message>
    <message>
      <source>Đã nhập tệp khóa</source>
      <translation>Key file imported</translation>
    </message>
    <message>
      <source>Đã nhập xong</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <source>Đã nhập: {counts}.</source>
      <translation>Imported: {counts}.</translation>
    </message>
    <message>
      <source>Đã nhập: {created} đoàn viên mới, {updated} cập nhật, {unchanged} không đổi.</source>
      <translation>Imported — new members: {created}, updated: {updated}, unchanged: {unchanged}.</translation>
    </message>
    <message>
      <source>Đã nhập</source>
      <comment>typed in</comment>
      <translation>Entered</translation>
    </message>
    <message>
      <source>Đã nộp</source>
      <translation>Handed in</translation>
    </message>
    <message>
      <source>Đã nộp / phải nộp</source>
      <translation>Handed in / required</translation>
    </message>
    <message>
      <source>Đã nộp / phải nộp · hạn {deadline:%H:%M %d/%m/%Y}</source>
      <translation>Handed in / required · deadline {deadline:%H:%M %d/%m/%Y}</translation>
    </message>
    <message>
      <source>Đã nộp &lt;b&gt;{received}/{required}&lt;/b&gt;</source>
      <translation>Handed in &lt;b&gt;{received}/{required}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Đã nộp &lt;b&gt;{received}/{required}&lt;/b&gt; ({late} nộp muộn)</source>
      <translation>Handed in &lt;b&gt;{received}/{required}&lt;/b&gt; ({late} late)</translation>
    </message>
    <message>
      <source>Đã sao lưu</source>
      <translation>Backed up</translation>
    </message>
    <message>
      <source>Đã sao lưu lúc {time}: {counts} ({size}) vào {path}.</source>
      <translation>Backed up at {time}: {counts} ({size}) to {path}.</translation>
    </message>
    <message>
      <source>Đã sao lưu.</source>
      <translation>Backed up.</translation>
    </message>
    <message numerus="yes">
      <source>Đã so sánh %n bài có chữ: {pairs} cặp giống nhau từ {threshold}% trở lên.</source>
      <translation>
        <numerusform>Compared %n essay with text: pairs {threshold}% or more alike: {pairs}.</numerusform>
        <numerusform>Compared %n essays with text: pairs {threshold}% or more alike: {pairs}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã sửa sau lần xem trước: bấm «Xem trước» để cập nhật.</source>
      <translation>Changed since the last preview: click “Preview” to update.</translation>
    </message>
    <message>
      <source>Đã thi, chưa đạt</source>
      <translation>Tested, not passed</translation>
    </message>
    <message numerus="yes">
      <source>Đã thêm %n câu hỏi vào ngân hàng «{bank}».</source>
      <translation>
        <numerusform>Added %n question to the bank “{bank}”.</numerusform>
        <numerusform>Added %n questions to the bank “{bank}”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã thêm &lt;b&gt;{name}&lt;/b&gt;: {score} ({percent}) – {result}.</source>
      <translation>Added &lt;b&gt;{name}&lt;/b&gt;: {score} ({percent}) – {result}.</translation>
    </message>
    <message>
      <source>Đã tin cậy</source>
      <translation>Trusted</translation>
    </message>
    <message>
      <source>Đã tin cậy khóa có dấu vân tay:

{fingerprint}</source>
      <translation>Trusted the key with the fingerprint:

{fingerprint}</translation>
    </message>
    <message>
      <source>Đã trả lời</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Đã trả lời: {answered}/{total} câu</source>
      <translation>Answered: {answered}/{total} questions</translation>
    </message>
    <message>
      <source>Đã tạo gói «{name}». Chương trình thư đã mở: hãy đính kèm tệp đang hiện trong thư mục {folder} rồi gửi.
{content}</source>
      <translation>The package “{name}” was made. The mail program is open: attach the file shown in the folder {folder} and send it.
{content}</translation>
    </message>
    <message>
      <source>Đã xem trước</source>
      <translation>Preview ready</translation>
    </message>
    <message>
      <source>Đã xong</source>
      <translation>Done</translation>
    </message>
    <message numerus="yes">
      <source>Đã xuất %n đoàn viên vào tệp:</source>
      <translation>
        <numerusform>Exported %n member to the file:</numerusform>
        <numerusform>Exported %n members to the file:</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã xuất tệp khóa</source>
      <translation>Key file exported</translation>
    </message>
    <message>
      <source>Đã xóa</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Đã xóa bài thu hoạch của {name}.</source>
      <translation>{name}'s essay was deleted.</translation>
    </message>
    <message>
      <source>Đã xóa tên</source>
      <translation>Removed from the roll</translation>
    </message>
    <message>
      <source>Đã xảy ra lỗi không mong đợi trong DoanDesk. Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn thành.</source>
      <translation>An unexpected error occurred in DoanDesk. Data saved earlier is not affected; the last action may not have been completed.</translation>
    </message>
    <message>
      <source>Đã điểm danh</source>
      <translation>Checked in</translation>
    </message>
    <message>
      <source>Đã điểm danh lúc {time}</source>
      <translation>Checked in at {time}</translation>
    </message>
    <message>
      <source>Đã điểm danh lúc {time} tại {point}</source>
      <translation>Checked in at {time} at {point}</translation>
    </message>
    <message>
      <source>Đã điểm danh trước đó</source>
      <translation>Already checked in</translation>
    </message>
    <message>
      <source>Đã điểm danh trước đó (giữ nguyên)</source>
      <translation>Already checked in (kept as is)</translation>
    </message>
    <message numerus="yes">
      <source>Đã điểm danh — đến muộn %n phút</source>
      <translation>
        <numerusform>Checked in — %n minute late</numerusform>
        <numerusform>Checked in — %n minutes late</numerusform>
      </translation>
    </message>
    <message>
      <source>Đã đạt bài kiểm tra</source>
      <translation>Test already passed</translation>
    </message>
    <message>
      <source>Đính &amp;kèm tệp…</source>
      <translation>&amp;Attach file…</translation>
    </message>
    <message>
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Đóng (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>Đóng DoanDesk</source>
      <translation>Close DoanDesk</translation>
    </message>
    <message>
      <source>Đóng màn hình thi?</source>
      <translation>Close the test screen?</translation>
    </message>
    <message>
      <source>Đóng màn hình điểm danh</source>
      <translation>Close check-in station</translation>
    </message>
    <message>
      <source>Đóng màn hình điểm danh?</source>
      <translation>Close the check-in station?</translation>
    </message>
    <message>
      <source>Đơn &amp;vị thu thập:</source>
      <translation>Collecting &amp;unit:</translation>
    </message>
    <message>
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Đơn vị chưa rõ tên</source>
      <translation>Unnamed unit</translation>
    </message>
    <message>
      <source>Đơn vị chậm nhất:</source>
      <translation>Units furthest behind:</translation>
    </message>
    <message>
      <source>Đơn vị chủ trì</source>
      <translation>Host unit</translation>
    </message>
    <message>
      <source>Đơn vị chủ trì:</source>
      <translation>Host unit:</translation>
    </message>
    <message>
      <source>Đơn vị cấp trên</source>
      <translation>Parent unit</translation>
    </message>
    <message>
      <source>Đơn vị cấp trên (Tỉnh đoàn) – có thể bỏ trống</source>
      <translation>Higher-level unit (provincial union) – may be left empty</translation>
    </message>
    <message>
      <source>Đơn vị cấp trên không tồn tại.</source>
      <translation>The parent unit does not exist.</translation>
    </message>
    <message>
      <source>Đơn vị cấp trên «{parent_code}» không có trong tệp cũng như trong dữ liệu.</source>
      <translation>The parent unit “{parent_code}” is neither in the file nor in the data.</translation>
    </message>
    <message>
      <source>Đơn vị cấp:</source>
      <translation>Issued by:</translation>
    </message>
    <message>
      <source>Đơn vị của máy này</source>
      <translation>This computer's unit</translation>
    </message>
    <message>
      <source>Đơn vị gửi</source>
      <translation>Sending unit</translation>
    </message>
    <message>
      <source>Đơn vị gửi / khóa</source>
      <translation>Senders / keys</translation>
    </message>
    <message>
      <source>Đơn vị nhận cần tệp khóa này một lần, và so dấu vân tay trên qua điện thoại trước khi tin cậy.</source>
      <translation>The receiving unit needs this key file once, and compares the fingerprint above by phone before trusting it.</translation>
    </message>
    <message>
      <source>Đơn vị nhận giữ nguyên những trường này nếu đã có.</source>
      <translation>The receiving unit keeps these fields as they are if it already has them.</translation>
    </message>
    <message>
      <source>Đơn vị nhận không tồn tại.</source>
      <translation>The receiving unit does not exist.</translation>
    </message>
    <message>
      <source>Đơn vị nhận:</source>
      <translation>Receiving unit:</translation>
    </message>
    <message>
      <source>Đơn vị này</source>
      <translation>This unit</translation>
    </message>
    <message>
      <source>Đơn vị thực hiện</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>Đơn vị thực hiện:</source>
      <translation>Responsible unit:</translation>
    </message>
    <message>
      <source>Đơn vị tổ &amp;chức:</source>
      <translation>&amp;Organising unit:</translation>
    </message>
    <message>
      <source>Đơn vị tổ chức</source>
      <translation>Organising unit</translation>
    </message>
    <message>
      <source>Đơn vị tổ chức và các đơn vị trực thuộc chưa có đoàn viên nào đang sinh hoạt: chưa có ai phải kiểm tra.</source>
      <translation>The organising unit and its subordinate units have no active members: no one has to take the test.</translation>
    </message>
    <message>
      <source>Đơn vị đăng cai</source>
      <translation>Host unit</translation>
    </message>
    <message>
      <source>Đơn vị đăng cai:</source>
      <translation>Host unit:</translation>
    </message>
    <message>
      <source>Đơn vị:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>Đơn vị: {office}</source>
      <translation>Unit: {office}</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <comment>screen</comment>
      <translation>Units</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <comment>table</comment>
      <translation>Units</translation>
    </message>
    <message>
      <source>Đưa các ô của trang đang xem về giá trị mặc định (chưa lưu cho đến khi bấm Lưu)</source>
      <translation>Put the fields of this page back to their defaults (not saved until you press Save)</translation>
    </message>
    <message>
      <source>Đưa mã QR trên thẻ vào máy quét. Ai quên thẻ: gõ tên vào ô tìm kiếm bên phải rồi nhấn Enter.</source>
      <translation>Hold the card's QR code to the scanner. Forgot your card? Type the name in the search box on the right and press Enter.</translation>
    </message>
    <message>
      <source>Đưa mã QR trên thẻ vào máy quét. Không mang thẻ: gõ họ tên (không dấu cũng được) rồi chọn tên mình.</source>
      <translation>Hold the QR code on your card to the scanner. No card with you: type your full name (tone marks optional) and choose your name.</translation>
    </message>
    <message>
      <source>Đường dẫn</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Đường dẫn phòng họp:</source>
      <translation>Meeting room link:</translation>
    </message>
    <message>
      <source>Đường dẫn:</source>
      <translation>Link:</translation>
    </message>
    <message>
      <source>Được</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Được
mời</source>
      <translation>Invited</translation>
    </message>
    <message>
      <source>Được mời</source>
      <translation>Invited</translation>
    </message>
    <message>
      <source>Được mời ở điểm cầu khác: {point}</source>
      <translation>Invited at another bridge point: {point}</translation>
    </message>
    <message>
      <source>Được, sau khi tin cậy</source>
      <translation>Yes, once trusted</translation>
    </message>
    <message>
      <source>ĐẠT</source>
      <translation>PASSED</translation>
    </message>
    <message>
      <source>Đạt</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>Đạt: &lt;b&gt;{passed}&lt;/b&gt; ({rate})</source>
      <translation>Passed: &lt;b&gt;{passed}&lt;/b&gt; ({rate})</translation>
    </message>
    <message>
      <source>Đảo thứ tự câu hỏi</source>
      <translation>Shuffle questions</translation>
    </message>
    <message>
      <source>Đảo thứ tự phương án</source>
      <translation>Shuffle answer options</translation>
    </message>
    <message>
      <source>Đặt lại mặc định trang này</source>
      <translation>Reset this page to defaults</translation>
    </message>
    <message>
      <source>Đến
muộn</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Đến muộn</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Đến muộn: {count}</source>
      <translation>Late: {count}</translation>
    </message>
    <message>
      <source>Đề có {wanted} câu nhưng ngân hàng chỉ có {available} câu.</source>
      <translation>The test has {wanted} questions but the bank has only {available}.</translation>
    </message>
    <message>
      <source>Đề xuất, kiến nghị</source>
      <translation>Proposals and recommendations</translation>
    </message>
    <message>
      <source>Đề xuất, kiến nghị với cấp trên (để trống: báo cáo ghi «Không có»)</source>
      <translation>Proposals and recommendations to the higher level (leave empty: the report says “None”)</translation>
    </message>
    <message>
      <source>Để &amp;xem sau</source>
      <translation>&amp;Look again later</translation>
    </message>
    <message>
      <source>Để riêng</source>
      <translation>Set aside</translation>
    </message>
    <message>
      <source>Để riêng: khóa chưa tin cậy</source>
      <translation>Set aside: key not trusted</translation>
    </message>
    <message>
      <source>Để sau</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Địa chỉ e-mail không hợp lệ.</source>
      <translation>Invalid e-mail address.</translation>
    </message>
    <message>
      <source>Địa chỉ e-mail «{email}» không hợp lệ.</source>
      <translation>The e-mail address «{email}» is not valid.</translation>
    </message>
    <message>
      <source>Địa chỉ nhận không hợp lệ: {addresses}. Hãy sửa trong Cài đặt thư.</source>
      <translation>Invalid recipient addresses: {addresses}. Correct them in the mail settings.</translation>
    </message>
    <message>
      <source>Địa danh:</source>
      <translation>Place name:</translation>
    </message>
    <message>
      <source>Địa điểm</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Địa điểm:</source>
      <translation>Venue:</translation>
    </message>
    <message>
      <source>Đọc &amp;bài</source>
      <translation>&amp;Read essay</translation>
    </message>
    <message>
      <source>Đọc danh sách có mặt từ tệp bảng tính (.xlsx, .xls, .ods)</source>
      <translation>Read the list of those present from a spreadsheet (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
      <source>Đọc lại số liệu điểm danh (F5)</source>
      <translation>Read the attendance figures again (F5)</translation>
    </message>
    <message>
      <source>Đọc mã QR trên thẻ bằng camera của máy</source>
      <translation>Read the card's QR code with this computer's camera</translation>
    </message>
    <message numerus="yes">
      <source>Đọc được &lt;b&gt;%n&lt;/b&gt; câu hỏi: &lt;b&gt;{new}&lt;/b&gt; câu mới, &lt;b&gt;{unchanged}&lt;/b&gt; câu đã có trong ngân hàng.</source>
      <translation>
        <numerusform>Read &lt;b&gt;%n&lt;/b&gt; question: &lt;b&gt;{new}&lt;/b&gt; new, &lt;b&gt;{unchanged}&lt;/b&gt; already in the bank.</numerusform>
        <numerusform>Read &lt;b&gt;%n&lt;/b&gt; questions: &lt;b&gt;{new}&lt;/b&gt; new, &lt;b&gt;{unchanged}&lt;/b&gt; already in the bank.</numerusform>
      </translation>
    </message>
    <message>
      <source>Đối thoại trực tuyến</source>
      <translation>Online dialogue</translation>
    </message>
    <message>
      <source>Đồng ý</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Đổi đoàn viên…</source>
      <translation>Change member…</translation>
    </message>
    <message>
      <source>Độ khớp</source>
      <translation>Similarity</translation>
    </message>
    <message>
      <source>Đợt học tập:</source>
      <translation>Study programme:</translation>
    </message>
    <message>
      <source>điểm cầu</source>
      <translation>bridge point</translation>
    </message>
    <message>
      <source>điểm «{text}» không hợp lệ</source>
      <translation>score «{text}» is not valid</translation>
    </message>
    <message>
      <source>điểm «{text}» vượt 100</source>
      <translation>score «{text}» exceeds 100</translation>
    </message>
    <message>
      <source>đoàn viên</source>
      <translation>members</translation>
    </message>
    <message>
      <source>đáp án đúng «{answer}» không đọc được (ghi chữ cái A, B, C… hoặc «A, C» khi có nhiều đáp án đúng)</source>
      <translation>right answer «{answer}» cannot be read (write a letter A, B, C… or «A, C» when several answers are right)</translation>
    </message>
    <message>
      <source>đáp án đúng «{answer}» là một phương án để trống</source>
      <translation>right answer «{answer}» is an empty option</translation>
    </message>
    <message>
      <source>đã chuyển từ mã {legacy} sang Unicode</source>
      <translation>converted from the {legacy} encoding to Unicode</translation>
    </message>
    <message>
      <source>đã chấm &lt;b&gt;{graded}&lt;/b&gt;</source>
      <translation>marked &lt;b&gt;{graded}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>đơn vị</source>
      <translation>units</translation>
    </message>
    <message>
      <source>đơn vị (phạm vi)</source>
      <translation>unit (scope)</translation>
    </message>
    <message>
      <source>đơn vị chủ trì</source>
      <translation>host unit</translation>
    </message>
    <message>
      <source>đơn vị thực hiện</source>
      <translation>responsible unit</translation>
    </message>
    <message>
      <source>đơn vị tổ chức</source>
      <translation>organising unit</translation>
    </message>
    <message>
      <source>đường dẫn</source>
      <translation>link</translation>
    </message>
    <message>
      <source>đường dẫn phòng họp</source>
      <translation>meeting room link</translation>
    </message>
    <message>
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <source>địa chỉ</source>
      <translation>address</translation>
    </message>
    <message>
      <source>định dạng tệp</source>
      <translation>file format</translation>
    </message>
    <message>
      <source>đối tượng {…}</source>
      <translation>an object {…}</translation>
    </message>
    <message>
      <source>Ảnh chụp</source>
      <translation>Photo</translation>
    </message>
    <message>
      <source>ảnh chụp/quét: chỉ lưu tệp</source>
      <translation>photo/scan: file kept only</translation>
    </message>
    <message>
      <source>Ổ chứa {folder} chỉ cho đọc (USB có thể đang gạt khóa chống ghi): hãy mở khóa ghi hoặc chọn thư mục khác.</source>
      <translation>The drive holding {folder} is read-only (the USB stick's write-protect switch may be on): unlock it or choose another folder.</translation>
    </message>
    <message>
      <source>Ổ {drive}</source>
      <translation>Drive {drive}</translation>
    </message>
    <message>
      <source>Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng bớt dung lượng rồi thử lại.</source>
      <translation>The disk is full and the data could not be written. Free up some space and try again.</translation>
    </message>
    <message>
      <source>Ở lại</source>
      <translation>Stay</translation>
    </message>
    <message>
      <source>Ủy viên BCH</source>
      <translation>Executive committee member</translation>
    </message>
    <message>
      <source>Ủy viên BTV</source>
      <translation>Standing committee member</translation>
    </message>
    <message>
      <source>Ứng dụng Thanh niên Việt Nam</source>
      <translation>Thanh niên Việt Nam app</translation>
    </message>
    <message>
      <source>• Gói {bundle}…: đơn vị nhận ghi nhận {outcomes}.</source>
      <translation>• Package {bundle}…: the receiving unit recorded {outcomes}.</translation>
    </message>
    <message>
      <source>• {field}: đang dùng «{kept}» → bản kia «{other}»</source>
      <translation>• {field}: in use “{kept}” → other version “{other}”</translation>
    </message>
    <message>
      <source>• {name}: từ chối. {reason}</source>
      <translation>• {name}: refused. {reason}</translation>
    </message>
    <message>
      <source>• {name}: để riêng, chưa nhập gì (khóa của người gửi chưa được tin cậy).</source>
      <translation>• {name}: set aside, nothing imported (the sender's key is not trusted yet).</translation>
    </message>
    <message numerus="yes">
      <source>… và %n lỗi khác.</source>
      <translation>
        <numerusform>… and %n more error.</numerusform>
        <numerusform>… and %n more errors.</numerusform>
      </translation>
    </message>
    <message>
      <source>←  Câu trước</source>
      <translation>←  Previous</translation>
    </message>
    <message>
      <source>← &amp;Danh sách</source>
      <translation>← &amp;List</translation>
    </message>
    <message>
      <source>◀ Đoạn &amp;trước</source>
      <translation>◀ &amp;Previous passage</translation>
    </message>
    <message>
      <source>⚠ Bản sao lưu này không phải của dữ liệu đang dùng (được tạo trên máy khác hoặc từ một bộ dữ liệu khác).</source>
      <translation>⚠ This backup is not of the data in use (it was made on another computer or from another set of data).</translation>
    </message>
    <message>
      <source>⚠ Chữ trong tệp được gõ bằng bảng mã cũ {encoding}; DoanDesk đã chuyển sang Unicode. Hãy xem lại vài họ tên trong bảng dưới đây.</source>
      <translation>⚠ The text in the file was typed in the old {encoding} encoding; DoanDesk has converted it to Unicode. Please check a few names in the table below.</translation>
    </message>
    <message>
      <source>⚠ Dòng cuối của nơi nhận thường là «{last}» (bản lưu văn phòng).</source>
      <translation>⚠ The last recipient line is usually “{last}” (the office's file copy).</translation>
    </message>
    <message>
      <source>⚠ {name}: dự kiến {expected} người, vượt sức chứa {capacity}.</source>
      <translation>⚠ {name}: {expected} expected, over the capacity of {capacity}.</translation>
    </message>
    <message numerus="yes">
      <source>⚠ {text} Người này có %n dòng trong danh sách.</source>
      <translation>
        <numerusform>⚠ {text} This person has %n row in the list.</numerusform>
        <numerusform>⚠ {text} This person has %n rows in the list.</numerusform>
      </translation>
    </message>
    <message>
      <source>⚠ {who} đã có trong danh sách ({lines}). Chỉ gõ tiếp nếu đây là một bài thi khác của người này.</source>
      <translation>⚠ {who} is already in the list ({lines}). Go on only if this is another test paper of this person.</translation>
    </message>
    <message>
      <source>✔ Đã ghi bài của {name}: bản giấy, nhận ngày {date}</source>
      <translation>✔ Recorded {name}'s essay: on paper, received on {date}</translation>
    </message>
    <message>
      <source>✔ Đã ghi bài của {name}: «{file}», nhận ngày {date}</source>
      <translation>✔ Recorded {name}'s essay: “{file}”, received on {date}</translation>
    </message>
    <message>
      <source>✔ Đã lưu cài đặt.</source>
      <translation>✔ Settings saved.</translation>
    </message>
    <message>
      <source>✔ Đã lưu yêu cầu bài thu hoạch; danh sách nộp bài tính lại theo yêu cầu mới.</source>
      <translation>✔ Essay requirements saved; the list of essays handed in is recalculated with the new requirements.</translation>
    </message>
    <message>
      <source>✔ Đã lưu yêu cầu.</source>
      <translation>✔ Requirements saved.</translation>
    </message>
  </context>
</TS>
