<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
  <context>
    <name>DoanDesk</name>
    <message>
      <source> câu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> lần</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> người</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> phút</source>
      <translation> min</translation>
    </message>
    <message numerus="yes">
      <source>%n bài sao chép</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bài đã được ghi từ trước (cùng người, cùng ngày, cùng điểm): không ghi lại.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bản ghi ({detail})</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cặp cần xem</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dòng</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dòng lỗi</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n gói gửi đi chưa có biên nhận.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n gói: {states}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hội nghị</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n không đổi</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n lượt đã có từ lần nhập trước (giữ nguyên).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n người khớp: ↑ ↓ để chọn đúng người, Enter để gõ điểm.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n trang</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tệp bài thu hoạch trong bản sao lưu bị hỏng nên không khôi phục được.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tệp chưa khớp với ai không được nhập.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tệp không phải bài thu hoạch (bỏ qua)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đoàn viên</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đơn vị mới</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n đơn vị thay đổi</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Chấm điểm…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Chọn gửi các câu đánh dấu</source>
      <translation>&amp;Select highlighted questions to send</translation>
    </message>
    <message>
      <source>&amp;Chọn thư mục…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ghi chú:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ghi kết quả</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>&amp;Ghi kết quả (%n lượt thi)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Ghi kết quả ({count})</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;In…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Không phải sao chép</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kiểm tra giấy chứng nhận…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Loại việc:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Loại:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Lưu</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Lưu cài đặt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mời thêm…</source>
      <translation>&amp;Invite more…</translation>
    </message>
    <message>
      <source>&amp;Mở</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mở hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mở phòng thi trên máy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mở trạm điểm danh…</source>
      <translation>&amp;Open check-in station…</translation>
    </message>
    <message>
      <source>&amp;Mở tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ngày chấm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ngày đầu tiên:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ngày:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Người kết luận:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Nhập</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>&amp;Nhập %n bài</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&amp;Nhập %n câu mới</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&amp;Nhập báo cáo…</source>
      <translation>E&amp;nter report…</translation>
    </message>
    <message>
      <source>&amp;Nhập kết quả…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Nhập từ tệp…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sao chép làm mẫu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Thêm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Thêm câu hỏi…</source>
      <translation>&amp;Add question…</translation>
    </message>
    <message>
      <source>&amp;Thêm…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Tên hội nghị mới:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Tên hội nghị:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Tên điểm cầu:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Vắng có phép…</source>
      <translation>Mark e&amp;xcused…</translation>
    </message>
    <message>
      <source>&amp;Xem trước</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Xuất báo cáo (.xlsx)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Xuất danh sách (.xlsx)…</source>
      <translation>&amp;Export list (.xlsx)…</translation>
    </message>
    <message>
      <source>&amp;Xuất ra .xlsx…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Xuất tổng hợp (.xlsx)…</source>
      <translation>&amp;Export summary (.xlsx)…</translation>
    </message>
    <message>
      <source>&amp;Xóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Xóa bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Xóa dòng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(chưa chọn ngân hàng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(chưa chọn)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>(chưa lưu thay đổi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(chưa rõ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(chưa đặt tên)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(không chủ đề)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(không có tên)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(mặc định)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(nộp muộn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(theo cột Chi đoàn trong tệp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(trống)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(điểm cầu chưa đặt tên)</source>
      <translation>(unnamed bridge point)</translation>
    </message>
    <message>
      <source>(đáp án đúng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(để trống: theo cây đơn vị)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0: thi lại đến khi đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>12 chữ số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt; Quay lại</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; câu bị từ chối (xem bảng dưới, theo dòng trong tệp). Sửa tệp rồi chọn lại, hoặc đánh dấu «Bỏ qua câu lỗi».</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; cập nhật</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng chưa khớp với ai: chọn đoàn viên để liên kết, hoặc bỏ qua.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng có tên gần giống một đoàn viên: xác nhận nếu đúng người.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; dòng lỗi không đọc được điểm (xem thẻ «Lỗi và cảnh báo trong tệp»): sửa tệp rồi chọn lại.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; không đổi</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; lượt thi đã được ghi từ trước (nhập tệp này lần trước): không ghi lại.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; tệp chưa khớp với ai: chọn tệp rồi bấm «Chọn đoàn viên…» để gắn, hoặc để nguyên thì tệp đó không được nhập.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; tệp gắn bằng tay</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; tệp khớp tên người được mời</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; đơn vị mới</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n&lt;/b&gt; đơn vị thay đổi</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu:&lt;/b&gt; những gì nhập hoặc sửa sau thời điểm sao lưu sẽ không còn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Nếu nhập:&lt;/b&gt; {outcomes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Thang xếp loại&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Tiêu chí chấm&lt;/b&gt; (không bắt buộc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt; ({branch}, sinh {born})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{to_test}&lt;/b&gt; đoàn viên phải kiểm tra; chưa có kết quả nào. Mở phòng thi trên máy hoặc nhập kết quả từ tệp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Đã nhập:&lt;/b&gt; {outcomes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b3261e'&gt;Từ chối: {reason}&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:{late}'&gt;&lt;b&gt;Quá hạn&lt;/b&gt;&lt;/span&gt; ở trên cùng, &lt;span style='color:{soon}'&gt;&lt;b&gt;sắp đến hạn&lt;/b&gt;&lt;/span&gt; (trong 3 ngày) tô vàng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ai phải nộp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ai đang chấm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apache 2.0 hoặc BSD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biên nhận (.ddr) đơn vị nhận gửi lại: đánh dấu gói đã gửi là đã nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biên nhận DoanDesk (*.ddr);;Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biên nhận đã ký để gửi lại cho đơn vị gửi</source>
      <translation type="unfinished" />
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
      <source>Buổi hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buổi và điểm cầu theo lần lưu gần nhất; lưu (Ctrl+S) để cập nhật.</source>
      <translation>Sessions and bridge points as last saved; save (Ctrl+S) to update.</translation>
    </message>
    <message>
      <source>Buổi {part}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buổi {part}: {title}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buổi đã chọn không thuộc hội nghị này.</source>
      <translation>The chosen session is not part of this conference.</translation>
    </message>
    <message>
      <source>Buổi:</source>
      <translation>Session:</translation>
    </message>
    <message>
      <source>Bài cũ và điểm chấm của bài cũ sẽ không còn được tính.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài giống &amp;nhau…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài giống nhau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài gửi lên Ban Tuyên giáo Tỉnh đoàn cùng hồ sơ báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài kiểm tra nhận thức: {count} câu, làm trong {minutes} phút; trả lời đúng từ {percent}% trở lên là đạt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài nhận sau ngày này là nộp muộn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài nộp bản giấy / ảnh quét: không có chữ. Bấm «Mở tệp» để xem bài.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài nộp bản giấy: chương trình không có nội dung bài, hãy đọc trên giấy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài nộp bản giấy: không có chữ để hiện ở đây. Hãy chấm trên bản giấy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài thu hoạch</source>
      <translation>Essays</translation>
    </message>
    <message>
      <source>Bài thu hoạch ({patterns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài thu hoạch - {title}.pdf</source>
      <translation>Essays - {title}.pdf</translation>
    </message>
    <message>
      <source>Bài thu hoạch - {title}.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bài thu hoạch — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Báo cáo</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>Báo cáo - hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Báo cáo - {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Báo cáo sẽ mang số tiếp theo của năm {year}, ngày {date}. Số được giữ luôn cho báo cáo này, kể cả khi in lại, và không trả lại hay đổi được.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Báo cáo số liệu đối thoại</source>
      <translation>Dialogue figures report</translation>
    </message>
    <message>
      <source>Báo cáo đối thoại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bí thư</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Bạn còn %n câu chưa trả lời. Vẫn nộp bài?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Bạn có thể thi lại: quét thẻ hoặc tìm tên để bắt đầu lượt mới.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Bạn đã thi đủ %n lần cho phép.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Bạn đã trả lời tất cả các câu. Nộp bài?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản chụp: không có chữ để đọc hay so trùng lặp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản cũ hơn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản ghi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản ghi bị từ chối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản ghi bị từ chối ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản ghi bị từ chối: không có</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản giấy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản kia trở thành bản hiện hành ở máy này và được gửi tới các đơn vị khác cùng gói lần sau.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản sao của tệp nằm ở: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản sao lưu DoanDesk (*.zip);;Tệp cơ sở dữ liệu (*.sqlite3 *.before-restore);;Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bản sao lưu gần nhất: {when}, {counts}.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bảng dưới chỉ có số gói mỗi đơn vị đã gửi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bảng theo dõi hiện ra khi đơn vị của máy này có đơn vị trực thuộc (màn hình «Đơn vị»).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bảng tính (*.xlsx *.xls *.ods);;Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bảng tính Excel (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bảng tính theo mẫu (.xlsx), Aiken (.txt), GIFT hoặc Moodle XML (.xml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bảng {table} có {count} dòng trỏ tới bản ghi không còn trong bảng {parent}.</source>
      <translation>Table {table} has {count} rows pointing to records no longer in table {parent}.</translation>
    </message>
    <message>
      <source>Bấm (hoặc Enter) để đến chỗ cần sửa</source>
      <translation>Click (or press Enter) to go to what needs fixing</translation>
    </message>
    <message>
      <source>Bấm «Xem trước» để xem báo cáo đúng như khi in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bấm «Ở lại» rồi «Ghi kết quả» để lưu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bấm để sắp xếp theo cột «{column}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bắt đầu làm bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bằng mật khẩu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bỏ</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bỏ liên kết: dòng này sẽ không được ghi</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Bỏ qua %n câu lỗi, chỉ nhập các câu hợp lệ</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Bỏ qua %n câu lỗi.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Bỏ qua câu lỗi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bỏ thay đổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bỏ và đóng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bỏ xác nhận tất cả</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bỏ, không ghi</source>
      <translation>Discard, don't record</translation>
    </message>
    <message>
      <source>CCCD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CHƯA tin cậy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CHƯA ĐẠT</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chi đoàn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chi đoàn đã chọn không tồn tại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chi đoàn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chia sẻ</source>
      <translation>Shares</translation>
    </message>
    <message>
      <source>Chiều</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cho vào (F2)</source>
      <translation>Let in (F2)</translation>
    </message>
    <message>
      <source>Cho đơn vị nhận đã đăng ký khóa:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chuyên đề</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chuyển xuống dưới (mức thấp hơn)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chào mừng đến với DoanDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chúc mừng bạn! Có thể in giấy chứng nhận ngay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <source>Chưa cho điểm: {criteria}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa chấm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa chọn chi đoàn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa chọn gói nào.
Bấm «Chọn tệp gói…», hoặc «Chọn thư mục…» để đọc mọi gói trong một thư mục (ví dụ trên USB).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa chọn người thi: gõ họ tên rồi nhấn Enter để chọn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa chọn thư mục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa chọn tệp</source>
      <translation>No file chosen</translation>
    </message>
    <message>
      <source>Chưa cài đặt gửi thư (máy chủ thư, địa chỉ nhận) trên máy này: dùng «Mở chương trình thư» bên dưới.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có ai phải nộp bài.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có ai được mời.</source>
      <translation>Nobody has been invited yet.</translation>
    </message>
    <message>
      <source>Chưa có ai được mời.
Thêm thành phần được mời ở thẻ «Thành phần» rồi lưu (Ctrl+S): người được mời là người phải nộp bài thu hoạch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có buổi nào: thêm ở thẻ «Buổi &amp; chuyên đề».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có bài kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có bài kiểm tra: chọn ngân hàng câu hỏi rồi lưu cài đặt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có bài nào có chữ để so sánh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có bài nào.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có bản sao lưu nào trong thư mục {folder}. Bấm «Sao lưu ngay» để tạo bản đầu tiên.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có bản sao lưu nào: dữ liệu chỉ nằm trên máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có cặp bài nào giống nhau từ {threshold}% trở lên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có gói nào được đơn vị nhận xác nhận: gói sẽ gồm toàn bộ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có hội nghị nào do đơn vị này tổ chức</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có hội nghị nào.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có hội nghị nào. Tạo hội nghị ở màn hình Hội nghị.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có khóa của đơn vị nào. Nhập tệp khóa đơn vị đó gửi, hoặc đọc một gói của họ ở tab «Nhận gói».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có ngân hàng câu hỏi nào. Bấm «Nhập từ tệp…» để nhập bộ câu hỏi (bảng tính theo mẫu, Aiken, GIFT hoặc Moodle XML).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có người liên hệ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có điểm: {help}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có đoàn viên nào trong «{scope}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có đoàn viên nào đạt bài kiểm tra.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa có đơn vị nhận nào: nhập tệp khóa của đơn vị đó ở tab «Đơn vị gửi / khóa».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa gửi hay nhận gói nào trên máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa khớp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa kiểm tra được.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Chưa lưu: %n lỗi, xem dưới từng ô.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Chưa lưu: xem lỗi dưới ô.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa lưu: xem lỗi ở trên.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa lấy số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa lấy số thì bản in để trống chỗ ghi số, để ghi tay. Số lấy theo thứ tự trong năm và giữ luôn cho báo cáo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa nhập được gói nào</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa nộp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa sao lưu tự động được: {error}</source>
      <translation>The automatic backup could not be made: {error}</translation>
    </message>
    <message>
      <source>Chưa thi được</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa thiết lập</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa thiết lập đơn vị của máy này. Hãy làm bước thiết lập ban đầu (hoặc chạy: doandesk units import TỆP --home MÃ).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa tin cậy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa trả lời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa xem trước được tệp này. Bấm «Quay lại» để chọn tệp khác.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chưa đến: {count}</source>
      <translation>Not yet arrived: {count}</translation>
    </message>
    <message>
      <source>Chương trình (chuyên đề) buổi {session}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chương trình (chuyên đề) của buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chương trình kèm các phông chữ {fonts}, dùng cho giao diện và các văn bản PDF, theo giấy phép dưới đây.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chấm bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chấm bài thu hoạch — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chấm hai vòng độc lập</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chấm độc lập: kết quả của người chấm {other} chỉ hiện sau khi đồng chí lưu điểm của mình.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ các thay đổi từ lần gửi đã có biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ máy của đơn vị được chọn mở được gói; không cần mật khẩu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ người giữ chức vụ:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ nhập các dòng hợp lệ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ nhập các dòng hợp lệ ({valid}), bỏ qua {invalid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ nhập dữ liệu từ đơn vị có khóa đã tin cậy. Trước khi tin cậy, gọi điện cho đơn vị đó và so từng nhóm bốn ký tự của dấu vân tay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ tiêu kiểm tra nhận thức:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chỉ xóa được đơn vị không còn đơn vị trực thuộc và không còn đoàn viên.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn &amp;đoàn viên…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn USB hoặc thư mục để lưu bản sao lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn bản sao lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn câu hỏi gửi</source>
      <translation>Select questions to send</translation>
    </message>
    <message>
      <source>Chọn giấy chứng nhận (PDF hoặc ảnh)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn gói báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn loại hội nghị:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn một mức xếp loại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn một tài liệu để xem mã QR.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn một đáp án (phím 1–{count} hoặc A–{last}). ← → để chuyển câu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn ngân hàng câu hỏi để chia số câu theo chủ đề.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn nơi lưu tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <source>Chọn thư mục bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục chứa các tệp bài thu hoạch (.docx, .pdf, .txt, ảnh chụp), mỗi người một tệp &lt;b&gt;đặt tên theo họ tên người viết&lt;/b&gt;, ví dụ «BTH_NguyenVanAn.docx» hay «Nguyễn Văn An - Chi đoàn ấp 3.pdf». DoanDesk ghép từng tệp với người được mời và cho xem trước; chưa ghi gì cho đến khi bạn bấm «Nhập».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục có gói báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục lưu bản sao lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục lưu giấy chứng nhận (mỗi người một tệp PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục để ghi gói báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục để lưu các biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn thư mục…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tất cả các đáp án đúng (phím 1–{count} hoặc A–{last}; chọn lại để bỏ).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp &amp;PDF hoặc ảnh…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp bài của người đang chọn (cũng có thể kéo thả tệp vào dòng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp bài thu hoạch của {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp bảng tính (.xlsx, .xls, .ods) có một dòng tiêu đề với ít nhất một cột &lt;b&gt;Họ và tên&lt;/b&gt;, &lt;b&gt;Mã thẻ&lt;/b&gt;, &lt;b&gt;Số thẻ&lt;/b&gt; hoặc &lt;b&gt;Số điện thoại&lt;/b&gt;. Nếu có cột &lt;b&gt;Có mặt&lt;/b&gt; (x, có, 1…), chỉ những dòng được đánh dấu được tính; cột &lt;b&gt;Giờ đến&lt;/b&gt; cho biết ai đến muộn. DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Ghi điểm danh».</source>
      <translation>Choose a spreadsheet (.xlsx, .xls, .ods) with a header row and at least one of the columns &lt;b&gt;Họ và tên&lt;/b&gt; (full name), &lt;b&gt;Mã thẻ&lt;/b&gt; (card code), &lt;b&gt;Số thẻ&lt;/b&gt; (card number) or &lt;b&gt;Số điện thoại&lt;/b&gt; (phone number). If there is a &lt;b&gt;Có mặt&lt;/b&gt; (present) column (x, có, 1…), only the rows marked in it count; a &lt;b&gt;Giờ đến&lt;/b&gt; (arrival time) column tells who was late. DoanDesk shows a preview and records nothing until you click “Record attendance”.</translation>
    </message>
    <message>
      <source>Chọn tệp câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp danh sách đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp danh sách đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp danh sách đơn vị (.xlsx, .xls, .ods) có các cột &lt;b&gt;Mã đơn vị&lt;/b&gt;, &lt;b&gt;Tên đơn vị&lt;/b&gt;, &lt;b&gt;Cấp&lt;/b&gt; và &lt;b&gt;Đơn vị cấp trên&lt;/b&gt; (mã). DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Nhập».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp gói…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp khóa của đơn vị khác</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp kết quả (xuất từ ứng dụng Thanh niên Việt Nam, danh sách của đơn vị khác, kết quả thi giấy gõ lại…). Cần một dòng tiêu đề có cột &lt;b&gt;Họ và tên&lt;/b&gt; (hoặc &lt;b&gt;Số điện thoại&lt;/b&gt;) và cột &lt;b&gt;Điểm&lt;/b&gt; (hoặc &lt;b&gt;Số câu đúng&lt;/b&gt;). DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Ghi kết quả».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp kết quả kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp sao lưu khác…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn tệp điểm danh</source>
      <translation>Choose attendance file</translation>
    </message>
    <message>
      <source>Chọn tệp…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn ít nhất một chức vụ phải nộp bài (hoặc chọn «Mọi người được mời»).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chọn đoàn viên trong danh sách để mời (phím Insert trong bảng)</source>
      <translation>Choose members from the roster to invite (Insert key in the table)</translation>
    </message>
    <message>
      <source>Chọn đoàn viên…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chủ đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chủ đề (số câu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chủ đề:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chủ đề: {topics}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chủ đề: {topic}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chức vụ</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Chức vụ không hợp lệ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chức vụ người ký:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chức vụ:</source>
      <translation>Positions:</translation>
    </message>
    <message>
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Cài đặt bài kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cài đặt bài kiểm tra chưa lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cài đặt bài kiểm tra nhận thức chưa được lưu. Bỏ các thay đổi đó?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cài đặt…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các buổi, điểm cầu, danh sách mời, tài liệu và các hạn của hội nghị cũng bị xóa. DoanDesk vẫn ghi nhận việc xóa để báo cho đơn vị cấp trên.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các bản sao lưu trong thư mục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các bảng số liệu của báo cáo, mỗi bảng một trang tính</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các câu đã trả lời đều đã được lưu. Khi mở lại màn hình thi và quét thẻ (hoặc tìm tên), bài làm tiếp tục với thời gian còn lại ({remaining}); thời gian không chạy trong lúc màn hình đóng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các cặp bài giống nhau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các dòng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các dòng ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các ngân hàng câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các điểm cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các điểm cầu nhận tài liệu qua mã QR trỏ tới đường dẫn này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Các đơn vị trực thuộc đã gửi gói báo cáo cho từng hội nghị do đơn vị này tổ chức chưa. Hạn gửi là việc «Hạn nộp báo cáo» của hội nghị (di chuột lên ô để xem).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cách chấm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cách trình bày &amp;văn bản…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cách trình bày văn bản</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cách trình bày văn bản…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu chưa trả lời được tính là sai. Sau khi nộp không sửa được nữa.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu hỏi</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Câu hỏi bị từ chối và cảnh báo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu hỏi các đơn vị thu thập</source>
      <translation>Questions collected by the units</translation>
    </message>
    <message>
      <source>Câu hỏi của ngân hàng «{name}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu hỏi đối thoại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu hỏi đối thoại - {scope}.xlsx</source>
      <translation>Dialogue questions - {scope}.xlsx</translation>
    </message>
    <message>
      <source>Câu sau  →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu trả lời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Câu {number}/{total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cây đơn vị từ Tỉnh đoàn đến chi đoàn. Đơn vị của máy này được in đậm.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Còn %n ngày</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Còn %n tiêu chí chưa chấm</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Còn thiếu</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Còn trống {space}. Gói được ghi rồi đọc lại để kiểm tra trước khi báo có thể rút USB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Có</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Có %n bài đã gõ nhưng chưa ghi. Đóng và bỏ các bài này?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n cảnh báo (vẫn nhập được).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n lỗi ở {rows} (xem thẻ «Vấn đề»). Sửa tệp rồi nhập lại, hoặc chỉ nhập các dòng hợp lệ.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n người khớp «{name}»: chọn đúng người (↑ ↓ rồi Enter ở ô họ tên).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Có %n đoàn viên không còn trong danh sách (có thể đã bị xóa).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Có &lt;b&gt;%n&lt;/b&gt; lỗi: chưa thể nhập. Hãy sửa tệp theo danh sách dưới đây rồi chọn lại tệp.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Có bản ghi bị từ chối: chọn gói để xem lý do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Có hạn nộp:</source>
      <translation type="unfinished" />
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
      <source>Có mặt ít
nhất 1 buổi</source>
      <translation>Present at
least 1 session</translation>
    </message>
    <message>
      <source>Có mặt ít nhất một buổi / được mời&lt;br&gt;Vắng có phép: &lt;b&gt;{excused}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Có thay đổi chưa lưu (Ctrl+S để lưu)</source>
      <translation>There are unsaved changes (Ctrl+S to save)</translation>
    </message>
    <message>
      <source>Có thay đổi chưa lưu vào bản nháp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Có thay đổi chưa lưu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Có thể là</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Có đoàn viên không còn trong danh sách (có thể đã bị xóa).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Căn cứ tổ chức (văn bản chỉ đạo của cấp trên)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cơ quan ban hành
(mỗi dòng một cấp):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cơ quan ban hành, địa danh, số ký hiệu, người ký và nơi nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cơ quan ban hành:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cơ sở dữ liệu trong bản sao lưu {name} không đọc được ({exc}).</source>
      <translation>The database inside backup {name} cannot be read ({exc}).</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu đang bị một chương trình khác giữ (có thể DoanDesk đang mở ở cửa sổ khác). Hãy đóng chương trình đó rồi thử lại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cơ sở dữ liệu: {path}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cấp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cấp cho đồng chí:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cấp giấy chứng nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cấp đơn vị:</source>
      <translation>Unit levels:</translation>
    </message>
    <message>
      <source>Cấp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cấu trúc tệp bị hỏng: {row}</source>
      <translation>The file's structure is damaged: {row}</translation>
    </message>
    <message>
      <source>Cần mật khẩu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cần ít nhất hai bài có chữ (Word, PDF có chữ, văn bản) để so</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cập nhật</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cột đã nhận ra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cột đã nhận ra ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DDCERT1.… hoặc số giấy chứng nhận, ví dụ TV-CN-2026-00012</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Danh sách bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Danh sách ký tên một buổi (PDF)…</source>
      <translation>Sign-in sheet for one session (PDF)…</translation>
    </message>
    <message>
      <source>Danh sách nộp bài</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Danh sách đơn vị có vòng lặp cấp trên – cấp dưới.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DoanDesk nhận tệp Word (.docx, .doc), PDF, văn bản (.txt) và ảnh chụp (.jpg, .png…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DoanDesk sẽ đóng lại; hãy mở lại để làm việc với dữ liệu đã khôi phục.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DoanDesk đang mở cơ sở dữ liệu này ở một cửa sổ khác. Hãy chuyển sang cửa sổ đó (xem trên thanh tác vụ), hoặc đóng nó rồi mở lại DoanDesk.

Cơ sở dữ liệu: {db_path}</source>
      <translation>DoanDesk already has this database open in another window. Switch to that window (look on the taskbar), or close it and open DoanDesk again.

Database: {db_path}</translation>
    </message>
    <message>
      <source>DoanDesk – Thiết lập ban đầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dung lượng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dán nội dung mã QR (bắt đầu bằng DDCERT1.) hoặc gõ số giấy chứng nhận, rồi bấm «Kiểm tra». Cũng có thể chọn tệp PDF giấy chứng nhận hoặc ảnh chụp, ảnh quét trang giấy có mã QR (hoặc kéo thả tệp vào cửa sổ này). Không cần mạng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dân tộc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dân tộc:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dòng</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Dòng cuối là «{last}» (bản lưu văn phòng).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dòng {row} của tệp: &lt;b&gt;{name}&lt;/b&gt;, điểm {score}. Tìm đoàn viên này trong danh sách rồi bấm «Chọn».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dùng bản kia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dùng bản kia cho «{record}» ({table})?

{differences}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dùng bản kia làm bản hiện hành; bản này đi theo gói gửi lần sau tới các đơn vị khác</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dùng bản kia…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dùng khi máy này chưa cài đặt gửi thư: tệp gói được hiện trong thư mục để kéo vào thư.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dùng khi tệp không có cột Chi đoàn: mọi đoàn viên trong tệp vào đơn vị này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dấu vân tay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dấu vân tay khóa của «{unit}»:

{fingerprint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dấu vân tay khóa: &lt;tt&gt;{fingerprint}&lt;/tt&gt; — &lt;b style='color:#8a5a00'&gt;CHƯA tin cậy&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dấu vân tay khóa: &lt;tt&gt;{fingerprint}&lt;/tt&gt; — đã tin cậy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dấu vân tay khóa: &lt;tt&gt;{fingerprint}&lt;/tt&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dữ liệu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dữ liệu DoanDesk bị hỏng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dữ liệu chưa hợp lệ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dữ liệu hiện tại vẫn được giữ lại ở tệp «{file}» trong thư mục {folder}. Sau khi khôi phục, hãy đóng và mở lại DoanDesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dữ liệu trước khi khôi phục được giữ ở tệp {path}.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facebook hoặc Zalo</source>
      <translation>Facebook or Zalo</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Ghi chú (không bắt buộc), ví dụ: chép gần như nguyên văn phần liên hệ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghi chú:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghi kết quả hai người đã thống nhất ở dưới rồi bấm «Lưu».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghi nhận bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghi nhận bản &amp;giấy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghi tổng điểm thấp nhất (một số) của loại «{grade}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ghi vào buổi &lt;b&gt;{session}&lt;/b&gt; tại &lt;b&gt;{point}&lt;/b&gt;</source>
      <translation>Record for session &lt;b&gt;{session}&lt;/b&gt; at &lt;b&gt;{point}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Giao ban trực tuyến sơ kết 6 tháng; các đơn vị gửi báo cáo trước ngày họp.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giấy chứng nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giấy chứng nhận (*.pdf *.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;Tài liệu PDF (*.pdf);;Ảnh (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giấy chứng nhận {number} - {name}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giấy phép</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giấy phép của các thành phần đi kèm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giống</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giống bài khác quá mức: mở «Bài giống nhau…» để xem và kết luận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giống nhau từ:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Giống {percent}: %n đoạn trùng, {words} chữ. Đoạn trùng tô vàng, đoạn đang xem tô cam.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Giới thiệu DoanDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giới thiệu Qt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giới thiệu {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giới tính</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giới tính phải là Nam hoặc Nữ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giới tính:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giờ</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Giờ bắt đầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giờ kết thúc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giờ đến</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <source>Giờ:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giữ bài cũ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giữ bản đang dùng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giữ lại {daily} bản hằng ngày gần nhất, {weekly} bản hằng tuần và {monthly} bản hằng tháng; các bản sao lưu cũ hơn được xóa tự động. Bản sao lưu thủ công và bản tạo trước khi nâng cấp không bị xóa. (Số bản giữ lại đổi trong Tệp → Cài đặt…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói báo cáo DoanDesk (*.ddb *.ddb.*);;Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói gần nhất</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói gồm {records}; không mã hóa.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói gồm {records}; mã hóa bằng mật khẩu (báo mật khẩu qua điện thoại).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói gồm {records}; mã hóa cho {recipient}, chỉ máy của đơn vị đó mở được.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói hợp lệ: chữ ký đúng, mọi tệp khớp mã kiểm tra SHA-256.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói lập lúc {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói này đã được nhập trước đây; nhập lại không thay đổi gì thêm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói «{name}» được khóa bằng mật khẩu.
Nhập mật khẩu mà đơn vị gửi đã báo (qua điện thoại):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói đang chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói được khóa bằng mật khẩu. Bấm «Nhập mật khẩu…» rồi nhập mật khẩu mà đơn vị gửi đã báo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói được mã hóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gói được để riêng, chưa nhập gì. Gọi điện cho đơn vị gửi, nhờ họ đọc dấu vân tay trên màn hình «Gửi / Nhận» của họ; nếu khớp, tin cậy khóa (nút «Xác minh người gửi…»), gói sẽ được xem trước lại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gõ lần lượt từng bài thi: vài chữ của họ tên (không dấu cũng được), &lt;b&gt;Enter&lt;/b&gt;, rồi số câu đúng (72, 72/100 hoặc 72%), &lt;b&gt;Enter&lt;/b&gt;. Chưa ghi gì cho đến khi bạn bấm «Ghi kết quả».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gõ nhanh điểm từng bài thi trên giấy: họ tên, số câu đúng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gõ thêm để thu hẹp. Có {count} người: chọn đúng tên mình (↑ ↓ hoặc bấm chuột) rồi nhấn Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gõ vài chữ của họ tên người thi rồi nhấn Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gõ vài chữ trong tên chi đoàn để tìm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gõ vài chữ trong tên đơn vị để tìm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gắn tệp đang chọn với một người trong danh sách được mời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gắn với</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gọi điện cho đơn vị đó, nhờ họ đọc dấu vân tay trên màn hình «Gửi / Nhận» của họ và so từng nhóm bốn ký tự. Chỉ tin cậy khi mọi nhóm đều khớp: từ đó gói của họ được nhập vào dữ liệu của máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gồm danh sách đoàn viên, đơn vị và báo cáo của hội nghị (PDF).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gợi ý cần xác nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi</source>
      <translation>Send</translation>
    </message>
    <message>
      <source>Gửi / Nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi / Nhận gói báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi biên nhận lại cho đơn vị gửi (qua USB hoặc thư điện tử); họ mở nó bằng «Nhập biên nhận…».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi báo cáo lỗi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi gói</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi gói mã hóa cho đơn vị này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi lên tỉnh bài của:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi ngay qua máy chủ thư {host}; gói lớn được chia thành nhiều thư (mỗi thư tối đa {size} MB).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi tệp cho đơn vị nhận. Khi họ gọi để so, đọc dấu vân tay: {fingerprint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi tỉnh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi từ: {sender}, lúc {time}. Mã hóa: {encryption}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi đi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gửi đến</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hai lần nhập mật khẩu không khớp nhau.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hai người chấm riêng; hai kết quả khác nhau thì phải thống nhất một xếp loại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hai đơn vị sửa cùng một bản ghi: chương trình đã giữ một bản theo quy tắc chung (mọi đơn vị giữ cùng một bản), bản kia được lưu lại ở đây.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hiểu là</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hiện tại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hiện:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hoặc, nếu cấp trên đã gửi danh sách đơn vị (tệp Excel):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huyện đoàn</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy gửi nội dung trong «Xem chi tiết…» cho người hỗ trợ kỹ thuật.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy gửi tệp này cho người hỗ trợ kỹ thuật. Tệp gồm nhật ký hoạt động của chương trình và thông tin về máy, số lượng bản ghi; không kèm cơ sở dữ liệu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy khôi phục từ một bản sao lưu (bản mới nhất ở trên cùng). Những gì nhập sau thời điểm sao lưu sẽ phải nhập lại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy lưu cài đặt bài kiểm tra (ngân hàng câu hỏi, số câu, thời gian…) trước khi mở phòng thi.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy thả tệp vào đúng dòng của người nộp bài.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy thử «Lưu PDF…» rồi mở tệp bằng chương trình đọc PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hãy đánh dấu các câu hỏi của cùng một đơn vị (lọc theo đơn vị ở ô «Đơn vị» cho dễ chọn).</source>
      <translation>Highlight questions of one unit only (filter by unit in the “Unit” box to make it easier).</translation>
    </message>
    <message>
      <source>Hôm nay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hạn</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hạn nộp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hạn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hết giờ làm bài: bài đã được nộp tự động.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ tên người chấm, ví dụ Đ/c Nguyễn Minh Tâm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ tên người ký:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ tên người kết luận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ tên người thi (gõ không dấu cũng được)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Họ và tên người ký</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ và tên trong tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ và tên:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ: {family}   Đệm: {middle}   Tên: {given}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Họ: …   Đệm: …   Tên: …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hồ sơ sẽ không còn trong danh sách. DoanDesk vẫn ghi nhận việc xóa để báo cho đơn vị cấp trên khi gửi dữ liệu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị chưa bắt đầu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị chưa có ai được mời: chưa có thẻ nào để in.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị chưa có bài kiểm tra.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị chưa được lưu: lưu (Ctrl+S) để áp dụng các quy tắc mời và xem danh sách người được mời.</source>
      <translation>The conference is not saved yet: save (Ctrl+S) to apply the invitation rules and see the list of invitees.</translation>
    </message>
    <message>
      <source>Hội nghị chưa đặt hạn nộp báo cáo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị học tập</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị học tập có các buổi gần hôm nay nhất (đang diễn ra, mới kết thúc trong 60 ngày, hoặc sắp tới)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị không yêu cầu nộp bài thu hoạch. Nếu cần, đặt yêu cầu trên trang của hội nghị.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị {events}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị «{title}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hội nghị: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>HỢP LỆ</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>In báo cáo</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>KHÔNG ĐỌC ĐƯỢC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khi khôi phục, tệp hỏng không bị xóa: nó được giữ lại bên cạnh (đuôi .before-restore) để người hỗ trợ kỹ thuật xem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khi mở, DoanDesk kiểm tra dữ liệu và thấy lỗi dưới đây (thường do mất điện đột ngột, ổ đĩa hỏng hoặc tệp bị chương trình khác ghi đè). Làm việc tiếp trên tệp hỏng có thể mất thêm dữ liệu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khác nhau ở</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khó khăn, hạn chế</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khóa của các đơn vị khác</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khóa của máy này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khóa của máy này: &lt;b&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khóa ký:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khôi phục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khôi phục bản đã chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khôi phục bản đã chọn…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khôi phục dữ liệu từ bản sao lưu lúc {when}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khôi phục từ bản sao lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khôi phục từ tệp khác…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Không ai trong danh sách được mời giữ các chức vụ phải nộp bài.
Sửa «Ai phải nộp» ở yêu cầu bài thu hoạch, hoặc thêm thành phần ở thẻ «Thành phần» rồi lưu (Ctrl+S).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không bắt buộc; ví dụ: Giao ban quý I</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có ai được mời ở điểm cầu này trong buổi này: không có gì để nhập.</source>
      <translation>Nobody is invited at this bridge point for this session: there is nothing to enter.</translation>
    </message>
    <message>
      <source>Không có ai để in thẻ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có buổi nào hay kiểm tra kết nối nào trong 14 ngày tới.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có câu hỏi nào.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có câu mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có gì từ gói này được dùng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có gì để nhập</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có hội nghị học tập nào đang diễn ra, mới kết thúc (trong 60 ngày) hay sắp tới: các con số tham dự, kiểm tra và bài thu hoạch sẽ hiện ở đây.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có khóa nào có dấu vân tay {fingerprint}.</source>
      <translation>No key has the fingerprint {fingerprint}.</translation>
    </message>
    <message>
      <source>Không có kết quả mới để ghi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có lỗi nào; bấm «Nhập» để ghi vào dữ liệu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có quyền mở hoặc ghi tệp «{name}». Nếu tệp đang mở trong Excel hay chương trình khác, hãy đóng nó rồi thử lại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có tiêu chí: người chấm chọn thẳng xếp loại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có trong danh sách điểm cầu</source>
      <translation>Not on the bridge point's list</translation>
    </message>
    <message>
      <source>Không có việc nào sắp đến hạn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có xung đột nào.</source>
      <translation type="unfinished" />
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
      <source>Không có đoạn trùng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không có đơn vị mã «{home_code}» để đặt làm đơn vị của máy này.</source>
      <translation type="unfinished" />
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
      <source>Không ghi được tệp {path}: {reason}</source>
      <translation>Could not write the file {path}: {reason}</translation>
    </message>
    <message>
      <source>Không ghi được vào tệp cơ sở dữ liệu ({error}). Hãy kiểm tra ổ đĩa và quyền ghi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không giới hạn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không giới hạn (đến khi đạt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không hiểu chức vụ «{value}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không hiểu cấp đơn vị «{text}» (ví dụ hợp lệ: Tỉnh, Huyện, Xã/Phường, Cơ sở, Chi đoàn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không hiểu tình trạng «{value}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không hủy</source>
      <translation>Don't undo</translation>
    </message>
    <message>
      <source>Không in được: máy in «{name}» không nhận lệnh in. Hãy kiểm tra máy in rồi thử lại.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không lưu được tệp {name} vào kho: {strerror}</source>
      <translation>Could not store the file {name}: {strerror}</translation>
    </message>
    <message>
      <source>Không mã hóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không mở được bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không mở được bản xem trước của báo cáo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không mở được camera: {error}</source>
      <translation>Could not open the camera: {error}</translation>
    </message>
    <message>
      <source>Không mở được thư mục «{folder}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không mở được tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không mở được tệp {path}: {strerror}.</source>
      <translation>Could not open the file {path}: {strerror}.</translation>
    </message>
    <message>
      <source>Không nhận ra thẻ</source>
      <translation>Card not recognised</translation>
    </message>
    <message>
      <source>Không thuộc diện phải nộp (đã nộp thêm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không thấy USB nào. Cắm USB rồi bấm «Làm mới».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không thể chuyển đơn vị vào bên trong chính nó.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không thực hiện được</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy ai có tên này.</source>
      <translation>Nobody found with this name.</translation>
    </message>
    <message>
      <source>Không tìm thấy ai có tên này. Hãy kiểm tra lại, hoặc hỏi cán bộ phụ trách.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy bài thu hoạch (có thể đã được thay bằng bài nộp lại hoặc đã bị xóa).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy bản sao lưu nào trên máy này. Nếu có bản sao lưu trên USB hoặc máy khác, hãy bấm «Chọn tệp sao lưu khác…»; nếu không, hãy nhờ người hỗ trợ kỹ thuật.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy bảng đơn vị: cần các cột Mã đơn vị, Tên đơn vị, Cấp (và Đơn vị cấp trên).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy camera</source>
      <translation>No camera found</translation>
    </message>
    <message>
      <source>Không tìm thấy hội nghị (có thể đã bị xóa).</source>
      <translation>Conference not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>Không tìm thấy người được mời (có thể đã bị bỏ).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy tệp cơ sở dữ liệu {path}.</source>
      <translation>Database file {path} not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy tệp hoặc thư mục «{name}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy tệp {path}.</source>
      <translation>File {path} not found.</translation>
    </message>
    <message>
      <source>Không tìm thấy «{search}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy «{text}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy đoàn viên (có thể đã bị xóa).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy đoàn viên nào có tên «{name}». Kiểm tra lại chữ đã gõ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy đơn vị để đặt làm đơn vị của máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không tìm thấy đơn vị.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không xóa</source>
      <translation>Don't delete</translation>
    </message>
    <message>
      <source>Không xóa được «{name}»: còn {children} đơn vị trực thuộc và {members} đoàn viên. Hãy chuyển hoặc xóa chúng trước.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không xóa được «{name}»: đây là đơn vị của máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không đánh dấu cấp nào: mọi cấp trong đơn vị. Không đánh dấu chức vụ nào: tất cả đoàn viên.</source>
      <translation>No level ticked: every level within the unit. No position ticked: all members.</translation>
    </message>
    <message>
      <source>Không đặt chỉ tiêu</source>
      <translation type="unfinished" />
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
      <source>Không đọc được mã</source>
      <translation>Could not read the code</translation>
    </message>
    <message>
      <source>Không đọc được tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không đọc được tệp này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không đọc được tệp {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không đọc được tệp {source}: {strerror}</source>
      <translation>Could not read the file {source}: {strerror}</translation>
    </message>
    <message>
      <source>Không đọc được tệp: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không đọc được điểm «{text}»: {help}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Không đổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Khớp hết, tin cậy</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kiểm tra bài thu hoạch giống nhau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kiểm tra giấy chứng nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kiểm tra kết nối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kiểm tra kết nối:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kiểm tra kết nối: {point}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kéo thả tệp bài vào dòng của người nộp.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả bài kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả cuối đã thống nhất: {mark}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả kiểm tra - {title}.pdf</source>
      <translation>Test results - {title}.pdf</translation>
    </message>
    <message>
      <source>Kết quả kiểm tra - {title}.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả kiểm tra hiện ở đây.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả theo đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả theo đơn vị và danh sách đoàn viên chưa đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả thống nhất — xếp loại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả thống nhất — điểm theo tiêu chí</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả xuất từ ứng dụng Thanh niên Việt Nam, danh sách của đơn vị khác…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kết quả:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liên hệ: {contact}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loại bản ghi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loại việc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loại:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loại: {label}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lúc {time:%H:%M}</source>
      <translation>At {time:%H:%M}</translation>
    </message>
    <message>
      <source>Lý do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lý do chưa khớp: {reason}.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu &amp;yêu cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu báo cáo (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu báo cáo lỗi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu bản &amp;nháp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu cài đặt bài kiểm tra trước khi mở phòng thi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu các thay đổi của «{name}» trước khi đóng DoanDesk?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu các thay đổi của «{name}»?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu danh sách đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu giấy chứng nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu hội nghị (Ctrl+S) trước khi nhập câu hỏi.</source>
      <translation>Save the conference (Ctrl+S) before entering questions.</translation>
    </message>
    <message>
      <source>Lưu hội nghị để lập báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu hội nghị để theo dõi bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu hội nghị để điểm danh</source>
      <translation>Save the conference to take attendance</translation>
    </message>
    <message>
      <source>Lưu hội nghị để đặt bài kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu phần đánh giá, khó khăn và đề xuất cùng hội nghị (cũng tự lưu khi xem trước, in, lưu tệp hay rời thẻ này)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu số liệu báo cáo (Excel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu toàn bộ hội nghị (Ctrl+S)</source>
      <translation>Save the whole conference (Ctrl+S)</translation>
    </message>
    <message>
      <source>Lưu vào thư mục «backups» trong thư mục dữ liệu của DoanDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lưu vào tệp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lượt làm bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lấy &amp;số văn bản…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lấy số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lấy số cho báo cáo này trong sổ văn bản năm {year}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lấy số tiếp theo trong sổ văn bản của năm; số giữ luôn cho báo cáo này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lấy số văn bản</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lấy vào đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lần gửi sau có thể chọn «Chỉ các thay đổi từ lần gửi đã có biên nhận».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lần thi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lần thi sau lấy trước những câu người đó chưa gặp ở các lần trước</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lần thi thứ {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lần thử trước chưa đạt · {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lập biên nhận để gửi lại cho đơn vị gửi? (Đơn vị gửi cần biên nhận để lần sau chỉ gửi các thay đổi.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lập biên nhận…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lịch sử</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi cơ sở dữ liệu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi khi đọc hoặc ghi tệp «{name}»: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi khi đọc hoặc ghi tệp: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi không mong đợi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi trong tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lỗi và cảnh báo trong tệp</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Máy chưa có chương trình mở được tệp «{file}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Máy không có chương trình mở được tệp {file}. Tệp nằm ở {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Máy này chưa có đơn vị cấp dưới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Máy này không có thẻ mã {code}. Hãy gõ họ tên để tìm, hoặc hỏi cán bộ phụ trách.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã QR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã Tỉnh đoàn phải khác mã đơn vị của máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã Tỉnh đoàn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã Tỉnh đoàn: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã bản ghi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã gói: {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã hóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã phòng (ID):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã thẻ không hợp lệ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã {code}</source>
      <translation>Code {code}</translation>
    </message>
    <message>
      <source>Mã đơn vị không được để trống.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã đơn vị «{code}» không hợp lệ: không chứa khoảng trắng, tối đa 64 ký tự.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã đơn vị «{code}» lặp lại (đã có ở dòng {row}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã đơn vị «{code}» đã có.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mã đơn vị:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mẫu khi in (đầu và cuối báo cáo):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mật khẩu cần ít nhất 8 ký tự.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mật khẩu của tài khoản thư {account}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mật khẩu của tài khoản thư:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mật khẩu thư điện tử</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mật khẩu:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi câu hỏi trong tệp đều hợp lệ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi câu lấy ngẫu nhiên từ cả ngân hàng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi câu trả lời được lưu ngay khi chọn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi gói trong thư mục (ví dụ trên USB); gói chia nhiều phần được ghép lại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi lượt điểm danh đã được lưu.</source>
      <translation>Every check-in has been saved.</translation>
    </message>
    <message>
      <source>Mọi người được mời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mọi đơn vị đã đủ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mỗi gói được kiểm tra chữ ký và mã SHA-256 rồi xem trước: chưa có gì được ghi cho đến khi bấm «Nhập».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mỗi người một bài: hãy chọn người khác, hoặc bỏ gắn tệp kia trước.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mỗi người một bài: hãy thả từng tệp vào dòng của người nộp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mỗi tệp trong thư mục được ghép với người được mời theo tên tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mỗi đoàn viên đã đạt một tệp PDF có mã QR để kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mỗi đơn vị chọn {min}–{max} câu hỏi để gửi</source>
      <translation>Each unit selects {min}–{max} questions to send</translation>
    </message>
    <message>
      <source>Mỗi đơn vị gửi 3–5 câu hỏi kèm thông tin người hỏi; báo cáo lượt chia sẻ, tương tác.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Một hoặc hai ngày, các buổi sáng, chiều; chương trình chuyên đề; điểm cầu các cấp; kiểm tra nhận thức và bài thu hoạch sau học tập.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Một hội nghị:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mới xem trước</source>
      <translation type="unfinished" />
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
      <source>Mở &amp;tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở chương trình thư và tự đính kèm tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở gói</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở hội nghị đang chọn (Enter)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở thư &amp;mục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở thư mục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở thư mục chứa tệp vừa lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở trang của hội nghị có việc này (Enter, nhấp đúp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở tệp &amp;gốc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở tệp bài nộp bằng chương trình của máy (Word, trình đọc PDF, xem ảnh)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở để in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mở để sửa yêu cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mức độ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nghi sao chép</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nghị quyết, chỉ thị hoặc chuyên đề được học tập, quán triệt</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày báo cáo:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày báo cáo: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày chấm chưa đúng: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày ghi cho bài kéo thả, đính kèm hoặc ghi nhận bản giấy; so với hạn nộp để biết nộp muộn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày ghi cho mọi bài trong thư mục; so với hạn nộp để biết nộp muộn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày ghi ở dòng địa danh, ngày tháng của báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày kiểm tra kết nối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày mai</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày nhận bài:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày nhận:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày nộp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Ngày sinh không hợp lệ: {error}</source>
      <translation>Invalid date of birth: {error}</translation>
    </message>
    <message>
      <source>Ngày sinh không hợp lệ: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày sinh ở tương lai.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày sinh:</source>
      <translation>Date of birth:</translation>
    </message>
    <message>
      <source>Ngày thi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày thi:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày vào Đoàn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày vào Đoàn không hợp lệ: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày vào Đoàn trước ngày sinh.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày vào Đoàn ở tương lai.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày vào Đoàn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày văn bản</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày văn bản:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày đạt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngày đầu tiên không hợp lệ: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngân hàng &amp;câu hỏi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngân hàng câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngân hàng không chia chủ đề: mọi câu lấy ngẫu nhiên từ cả ngân hàng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ngân hàng:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người &amp;chấm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người chấm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người chấm 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người chấm 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người chấm {other} chưa chấm bài này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người chấm {other}: {mark}. Hai người chấm cùng xếp loại {grade}: đó là kết quả cuối.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người chấm {other}: {mark}. Hai người chấm xếp loại khác nhau: cần thống nhất kết quả.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người hỏi</source>
      <translation>Asker</translation>
    </message>
    <message>
      <source>Người liên hệ:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người này sẽ trở lại «Chưa đến» và có thể quét thẻ lại.</source>
      <translation>This person goes back to “Not yet arrived” and can scan their card again.</translation>
    </message>
    <message>
      <source>Người này đã có tệp «{file}» trong lần nhập này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người tiếp theo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người trình bày</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người viết</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người đang chọn nộp bài viết tay hoặc in trên giấy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Người đã có giấy chứng nhận giữ nguyên số cũ; mỗi giấy có mã QR để kiểm tra thật giả.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhiều tệp một lúc: chép vào một thư mục, đặt tên tệp theo tên người nộp, rồi dùng «Nhập cả thư mục…».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhấn Enter để chọn, rồi gõ điểm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhấn F2 (hoặc nút «Cho vào») để cho vào.</source>
      <translation>Press F2 (or the “Let in” button) to let them in.</translation>
    </message>
    <message>
      <source>Nhậ&amp;p điểm thi trên giấy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhận &amp;xét:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhận cờ luân lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhận gói</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhận về</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhận xét</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhận xét ngắn (không bắt buộc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Nhập %n gói</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Nhập %n đoàn viên</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Nhập (còn %n câu lỗi)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Nhập (còn %n lỗi)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Nhập (còn lỗi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập biên nhận…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập bài thu hoạch từ thư mục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập câu hỏi từ tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập cả &amp;thư mục…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập danh sách đoàn viên…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập danh sách đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập danh sách đơn vị từ tệp…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập danh sách đơn vị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập kết quả kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập kết quả kiểm tra từ tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập lại:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập mật khẩu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập tên của đơn vị cấp trên (Tỉnh đoàn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập tệp khóa…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập từ &amp;tệp…</source>
      <translation>Import from &amp;file…</translation>
    </message>
    <message>
      <source>Nhập từ Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập từ tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập từng bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập vào ngân hàng:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập điểm danh từ tệp</source>
      <translation>Import attendance from file</translation>
    </message>
    <message>
      <source>Nhập điểm thi trên giấy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập đường dẫn để tạo mã QR.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nhập, xuất và xem các ngân hàng câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Những khó khăn, hạn chế khi tổ chức (để trống nếu không có)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nếu tệp đến qua thư điện tử hay người trung gian, hãy gọi điện cho đơn vị đó để so dấu vân tay này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nếu đúng là bạn, nhấn Enter hoặc «Bắt đầu làm bài».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nền tảng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nền tảng:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung câu hỏi</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Nội dung ghi trong mã (KHÔNG được xác nhận — đừng tin các thông tin này)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung học tập:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung: {scope}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nội dung: {scope}; {records}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nộp bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nộp muộn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nộp muộn: &lt;b&gt;{late}&lt;/b&gt; · chưa nộp: &lt;b&gt;{missing}&lt;/b&gt; · đã chấm: &lt;b&gt;{graded}&lt;/b&gt;/{received}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nộp ngày {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nộp ngày {date} (muộn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nữ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF (bản chụp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF là ảnh quét, không có chữ: chỉ lưu tệp</source>
      <translation>the PDF is a scanned image without text: file kept only</translation>
    </message>
    <message>
      <source>Phiên bản</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phiên bản {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phát hiện lúc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phó Bí thư</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phông chữ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phạm vi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phải
kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phải nộp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phải nộp: mọi người được mời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phải nộp: {positions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phần cán bộ viết</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phần của bài ngắn hơn có trong bài kia (tính theo các cụm 4 chữ liền nhau)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phần đầu của gói mã hóa bị hỏng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qt và PySide6 được dùng theo giấy phép LGPL v3: các thư viện này nằm thành tệp riêng trong thư mục cài đặt và có thể được thay bằng phiên bản khác; mã nguồn của Qt có tại https://code.qt.io.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quy tắc</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Quy tắc mời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quy tắc này mời:</source>
      <translation>This rule invites:</translation>
    </message>
    <message>
      <source>Quá hạn</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Quá hạn %n ngày</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Quá hạn: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quét thẻ hoặc tìm theo tên</source>
      <translation>Scan a card or find by name</translation>
    </message>
    <message>
      <source>Quét thẻ hoặc tìm tên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quét thẻ, hoặc gõ họ tên…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quản lý đoàn viên, đơn vị, hội nghị, điểm danh, kiểm tra, bài thu hoạch và báo cáo cho cơ quan Đoàn TNCS Hồ Chí Minh. Chạy hoàn toàn trên máy, không cần mạng; dữ liệu nằm trong thư mục dữ liệu của người dùng trên máy này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ra đề:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Sang tab «Đơn vị gửi / khóa» để tin cậy khóa của đơn vị gửi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao chép</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao chép làm mẫu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao lưu</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Sao lưu ngay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao lưu ra USB hoặc thư mục khác…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao lưu thủ công</source>
      <translation>Manual backup</translation>
    </message>
    <message>
      <source>Sao lưu tự động</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao lưu và khôi phục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sao lưu và khôi phục…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này cho mở trạm điểm danh, nhập danh sách ký tên hoặc tệp điểm danh, và xem số người có mặt theo buổi, điểm cầu và đơn vị.</source>
      <translation>Once saved (Ctrl+S), this tab lets you open the check-in station, enter sign-in sheets or attendance files, and see who was present by session, bridge point and unit.</translation>
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này cho đặt yêu cầu bài thu hoạch (ai phải nộp, hạn nộp, thang xếp loại), ghi nhận bài nộp bằng cách kéo thả tệp hoặc nhập cả thư mục, chấm điểm, phát hiện bài giống nhau và xuất tổng hợp theo đơn vị.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sau khi lưu (Ctrl+S), thẻ này lập báo cáo kết quả hội nghị theo thể thức văn bản của Đoàn từ số liệu điểm danh, kiểm tra nhận thức và bài thu hoạch; cán bộ viết phần đánh giá, đề xuất, lấy số văn bản, xem trước, in hoặc lưu PDF và Excel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sau khi nộp không sửa được nữa.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>So các bài có chữ với nhau, xem các cặp giống nhau quá mức và kết luận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SĐT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sắp diễn ra (14 ngày tới): các buổi và kiểm tra kết nối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sắp đến hạn: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation type="unfinished" />
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
      <source>Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số CCCD:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số bản ghi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số chuyên đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số chữ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số câu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số câu của đề:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số câu mỗi đề:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số câu theo chủ đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số câu đúng gõ không kèm tổng (ví dụ 72) được tính trên số câu này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số giấy chứng nhận:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số gói đã nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số liệu các đơn vị báo cáo</source>
      <translation>Figures reported by the units</translation>
    </message>
    <message>
      <source>Số lượt
thi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số lượt chia sẻ:</source>
      <translation>Number of shares:</translation>
    </message>
    <message>
      <source>Số lượt tương tác:</source>
      <translation>Number of interactions:</translation>
    </message>
    <message>
      <source>Số lần thi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số lần thi tối đa:</source>
      <translation type="unfinished" />
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
      <source>Số người tại điểm cầu:</source>
      <translation>Attendees at the bridge point:</translation>
    </message>
    <message>
      <source>Số phương án</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số thẻ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số thẻ {card_number} đã cấp cho đoàn viên {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số thẻ ĐV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số thẻ đoàn viên quá dài (tối đa 32 ký tự).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số thẻ đoàn viên:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số thứ tự đã &amp;ký:</source>
      <translation>Row numbers &amp;signed:</translation>
    </message>
    <message>
      <source>Số trang phát trực tiếp:</source>
      <translation>Number of live-streaming pages:</translation>
    </message>
    <message>
      <source>Số và ngày đã ghi vào sổ văn bản; in lại báo cáo vẫn giữ số này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số văn bản</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số {number}-{code}, ngày {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số điện thoại phải bắt đầu bằng 0 và có 10–11 chữ số (số nước ngoài: +…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số điện thoại:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Số, ký hiệu văn bản:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sửa đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Tham dự</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tham gia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tham gia các buổi:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thang: {bands} điểm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thao tác</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thay bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thay bài nộp ngày {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thay bài nộp ngày {date} (bản giấy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thay đổi chưa lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theo buổi và điểm cầu</source>
      <translation>By session and bridge point</translation>
    </message>
    <message>
      <source>Theo chủ đề {by_topic} câu; {rest} câu còn lại lấy ngẫu nhiên từ cả ngân hàng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theo dõi đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theo lần lưu gần nhất; lưu (Ctrl+S) để cập nhật.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theo đúng mẫu nhập: sửa trong Excel rồi nhập lại được</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theo đơn vị (cả hội nghị)</source>
      <translation>By unit (whole conference)</translation>
    </message>
    <message>
      <source>Theo đơn vị, danh sách chưa nộp và danh sách bài gửi lên tỉnh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thi lại: ưu tiên câu chưa gặp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thi trắc nghiệm: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thiếu họ và tên.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thiếu ngày đầu tiên của hội nghị mới.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thiếu tên hội nghị mới.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thiếu tên đơn vị.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thiếu {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thoát</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thoát màn hình thi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thu gọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thu nhỏ (F11)</source>
      <translation type="unfinished" />
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
      <source>Thành phần được mời</source>
      <translation>Invited</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm &amp;buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm &amp;quy tắc…</source>
      <translation>Add &amp;rule…</translation>
    </message>
    <message>
      <source>Thêm &amp;tài liệu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm &amp;việc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm &amp;điểm cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm buổi (phím Insert trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm bài này vào danh sách (Enter ở ô điểm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm c&amp;huyên đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm chuyên đề vào buổi đang chọn (phím Insert trong bảng chuyên đề)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm hội nghị (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm hội nghị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm một hội nghị học tập, giao ban, đối thoại…: chương trình các buổi, điểm cầu, thành phần được mời, tài liệu và các hạn phải làm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm mức xếp loại</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm tài liệu (phím Insert trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm từng đoàn viên, hoặc nhập cả danh sách từ tệp Excel (.xlsx, .xls, .ods).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm việc có hạn (phím Insert trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm điểm cầu (phím Insert trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm điểm cầu ở thẻ «Điểm cầu» rồi lưu (Ctrl+S): mỗi điểm cầu điểm danh riêng.</source>
      <translation>Add bridge points on the “Bridge points” tab and save (Ctrl+S): each bridge point takes its own attendance.</translation>
    </message>
    <message>
      <source>Thêm đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm đoàn viên (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm đoàn viên…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm đơn vị trực thuộc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm đơn vị trực thuộc…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thêm…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thông tin chung</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Thông tin giấy chứng nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư mục không có tệp bài thu hoạch nào.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư mục {folder} không có gói báo cáo nào (tệp .ddb hoặc các phần của gói).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư mục «{folder}» không tồn tại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư mục «{folder}»: {parts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư mục:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư viện</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thư điện tử</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Thư điện tử tới {recipients}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thẻ của nơi khác, hoặc máy này chưa có dữ liệu của thẻ. Hãy tìm theo tên.</source>
      <translation>A card from elsewhere, or this computer does not have the card's data yet. Find the name instead.</translation>
    </message>
    <message>
      <source>Thẻ mã {code} đã được thay bằng thẻ mới. Hãy dùng thẻ mới, hoặc gõ họ tên để tìm.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thẻ đã bị thu hồi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thống nhất kết quả</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thời gian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thời gian còn lại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thời gian làm bài:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thời điểm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tin cậy khóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tin cậy khóa này…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tin cậy?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tiêu chí chấm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tiêu đề trong tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tiếp tục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tiếp tục bài làm: còn {remaining}. Đã trả lời {answered}/{total} câu; các câu trả lời trước vẫn được giữ nguyên.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tiếp tục nhập</source>
      <translation>Continue entering</translation>
    </message>
    <message>
      <source>Toàn bộ dữ liệu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toàn bộ dữ liệu của đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toàn màn hình (F11)</source>
      <translation>Full screen (F11)</translation>
    </message>
    <message>
      <source>Trang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trang phát</source>
      <translation>Stream pages</translation>
    </message>
    <message>
      <source>Trong bản sao lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trong ngân hàng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trong đơn &amp;vị:</source>
      <translation>In &amp;unit:</translation>
    </message>
    <message>
      <source>Trùng lặp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trước khi bắt đầu, hãy cho biết máy tính này thuộc đơn vị nào. Danh sách đoàn viên, hội nghị và báo cáo đều tính theo đơn vị này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trước khi nâng cấp</source>
      <translation>Before an upgrade</translation>
    </message>
    <message>
      <source>Trưởng thành Đoàn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trạng thái</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trả lời đúng {correct}/{total} câu ({percent}%). Điểm đạt: từ {pass_percent}% ({need}/{total} câu).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trợ &amp;giúp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trực thuộc:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tuổi {age} nằm ngoài độ tuổi đoàn viên ({min_age}–{max_age}).</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tài liệu gửi các điểm cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tài liệu đang chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tách Họ đệm / Tên thành hai cột</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên Tỉnh đoàn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên buổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên buổi:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên gọi (nếu muốn):</source>
      <translation>Name (optional):</translation>
    </message>
    <message>
      <source>Tên hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên ngân hàng (mặc định theo tên tệp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên trong tệp gần giống tên một đoàn viên (có thể gõ sai dấu, sai chữ). Đánh dấu «Xác nhận» ở những dòng đúng người; dòng không đánh dấu sẽ không được ghi. «Độ khớp»: họ tên giống nhau đến đâu (khi nhiều người gần giống, người cùng đơn vị, cùng ngày sinh được gợi ý).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên tài liệu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên tài liệu:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên điểm cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên đơn vị không được để trống.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên đơn vị:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên đệm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tên địa danh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tìm lại các USB đang cắm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tìm theo họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)</source>
      <translation>Search by full name, card number or phone number (typing without tone marks works too)</translation>
    </message>
    <message>
      <source>Tìm theo tên (gõ không dấu cũng được)</source>
      <translation>Find by name (typing without tone marks works too)</translation>
    </message>
    <message>
      <source>Tìm theo tên hội nghị (gõ không dấu cũng được)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tìm thấy {count} người</source>
      <translation>{count} found</translation>
    </message>
    <message>
      <source>Tìm trong câu hỏi và phương án (gõ không dấu cũng được)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tìm tên hoặc đơn vị (gõ không dấu cũng được)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tìm tên, chức vụ hoặc đơn vị (gõ không dấu cũng được)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tình trạng:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tính từ gói đã có biên nhận gửi lúc {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tính đến muộn sau giờ bắt đầu:</source>
      <translation>Count as late after the start time by:</translation>
    </message>
    <message>
      <source>Tôn giáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tôn giáo:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tương tác</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>Tạo bởi DoanDesk {version}, lược đồ dữ liệu {schema}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tạo hội nghị mới theo hội nghị đang chọn, dời ngày theo ngày đầu tiên mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tạo hội nghị mới theo mẫu «{title}»: giữ chương trình, điểm cầu, thành phần, tài liệu và các việc; dời mọi ngày theo ngày đầu tiên mới; xóa kết quả kiểm tra kết nối và dấu đã xong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tạo lúc {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tạo lại báo cáo từ số liệu hiện có và phần cán bộ viết</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tạo và gửi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả chưa đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả chủ đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả các buổi</source>
      <translation>All sessions</translation>
    </message>
    <message>
      <source>Tất cả các dòng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả các hạn (gồm kiểm tra kết nối các điểm cầu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả điểm cầu</source>
      <translation>All bridge points</translation>
    </message>
    <message>
      <source>Tất cả đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tất cả đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>Tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods). DoanDesk tự tìm dòng tiêu đề và nhận ra các cột; bước sau cho xem trước, chưa ghi gì.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp chưa gắn với ai thì không được nhập.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp câu hỏi (*.xlsx *.xls *.ods *.txt *.gift *.xml);;Bảng tính (*.xlsx *.xls *.ods);;Aiken hoặc GIFT (*.txt *.gift);;Moodle XML (*.xml);;Mọi tệp (*)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp dữ liệu của DoanDesk bị hỏng.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp khóa (.key) một đơn vị khác đã xuất: khóa được ghi nhận là tin cậy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp khóa DoanDesk (*.key);;Mọi tệp (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp khóa {name} bị sửa: dấu vân tay không khớp khóa.</source>
      <translation>The key file {name} has been altered: the fingerprint does not match the key.</translation>
    </message>
    <message>
      <source>Tệp không có dòng kết quả nào để ghi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp không có dòng nào để ghi.</source>
      <translation>The file has no rows to record.</translation>
    </message>
    <message>
      <source>Tệp này là ảnh chụp hoặc bản quét, không có chữ để đọc trong chương trình và không so được trùng lặp. Bấm «Mở tệp» để xem bằng chương trình xem ảnh/PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp nén (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp theo đúng mẫu nhập: sửa trong Excel rồi nhập lại vào ngân hàng này (câu đã có không bị thêm hai lần).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp {digest}… không còn trong kho của chương trình (có thể đã bị xóa).</source>
      <translation>The file {digest}… is no longer in the program's store (it may have been deleted).</translation>
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
      <source>Tệp «{file}» không phải tệp bài thu hoạch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp «{file}» là bài của ai?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Tệp «{file}», trang «{sheet}»: &lt;b&gt;%n&lt;/b&gt; người khớp với danh sách đoàn viên, &lt;b&gt;{attempts}&lt;/b&gt; lượt thi.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Tệp «{file}», trang «{sheet}»: {counts}.</source>
      <translation>File “{file}”, sheet “{sheet}”: {counts}.</translation>
    </message>
    <message>
      <source>Tệp «{file}»: {counts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp:</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{file}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{file}&lt;/b&gt; – bảng danh sách ở trang {sheets}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp: &lt;b&gt;{name}&lt;/b&gt; ({format})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp: {name} ({size})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tệp: {path}
Mở tệp để in ngay?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tỉ lệ</source>
      <translation>Rate</translation>
    </message>
    <message>
      <source>Tỉ lệ
đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tỉ lệ câu trả lời đúng tối thiểu để đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tỉ lệ có mặt</source>
      <translation>Attendance rate</translation>
    </message>
    <message>
      <source>Tỉ lệ đã
kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tỉ lệ đúng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tỉnh đoàn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Tổng cộng %n bản ghi. Khi đơn vị nhận gửi lại biên nhận, nhập nó ở tab «Nhận gói» («Nhập biên nhận…»).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Tổng hợp theo đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng quan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng số: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng theo chủ đề ({by_topic} câu) vượt số câu của đề.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng điểm tối đa: {total}. Ghi tổng điểm thấp nhất của từng loại ở thang xếp loại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng điểm tối đa: —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng điểm từ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tổng: {total}/{maximum} điểm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tờ mã QR tài liệu (PDF)…</source>
      <translation>Materials QR sheet (PDF)…</translation>
    </message>
    <message>
      <source>Từ chối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tự động hằng ngày</source>
      <translation>Automatic, daily</translation>
    </message>
    <message>
      <source>Tự động sao lưu mỗi ngày (khi mở DoanDesk lần đầu trong ngày)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Viết tắt ban soạn thảo:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Viết tắt cơ quan:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc cần làm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc cần làm của các hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc cần làm của hội nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc quá hạn tô đỏ, việc sắp đến hạn (trong 3 ngày) tô vàng. Giờ kiểm tra kết nối sửa ở thẻ «Điểm cầu».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc đang chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Việc đang chọn đã làm xong; kiểm tra kết nối: đã đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: 0912345678</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: 305-CV/TWĐTN-BTG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Ban Bí thư Trung ương Đoàn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Chi đoàn ấp Cây Da</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Hội nghị học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Hội trường Huyện ủy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Nguyễn Thị Hường</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: TV-CN-01-02 (không có khoảng trắng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: TV-MLB (không có khoảng trắng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Tài liệu hỏi - đáp Nghị quyết</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Tỉnh đoàn Vĩnh Long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: VL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Điểm cầu Huyện đoàn Cầu Ngang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ví dụ: Đoàn xã Mỹ Long Bắc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Văn bản</source>
      <translation>Documents</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vấn đề ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vẫn lưu</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vừa điểm danh</source>
      <translation>Just checked in</translation>
    </message>
    <message>
      <source>Xem trước</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xem trước &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xem trước báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xung đột</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xung đột chưa giải quyết</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xung đột chưa giải quyết ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Xuất &lt;b&gt;%n&lt;/b&gt; đoàn viên của «{scope}» khớp với «{search}» ra tệp Excel (.xlsx), theo thứ tự đang hiển thị.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Xuất &lt;b&gt;%n&lt;/b&gt; đoàn viên của «{scope}» ra tệp Excel (.xlsx), theo thứ tự đang hiển thị.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Xuất Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất danh sách</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất danh sách câu hỏi</source>
      <translation>Export question list</translation>
    </message>
    <message>
      <source>Xuất danh sách đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất danh sách…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất kết quả kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất ngân hàng câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất tệp khóa của máy này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất tệp khóa…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất tổng &amp;hợp (.xlsx)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất tổng hợp bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xuất tổng hợp điểm danh</source>
      <translation>Export attendance summary</translation>
    </message>
    <message>
      <source>Xuống</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xác minh người gửi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xác nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xác nhận bản chương trình đã giữ; xung đột được đóng lại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xác nhận sao &amp;chép</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xác nhận tất cả</source>
      <translation type="unfinished" />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Xóa buổi</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Xóa buổi {session} cùng %n chuyên đề của buổi?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Xóa buổi đang chọn (phím Delete trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa bài</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa bài thu hoạch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa bài thu hoạch của {name}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa chuyên đề</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa các dòng đang chọn khỏi danh sách (phím Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa các đoàn viên đang chọn (phím Delete)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa hội nghị «{title}»?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa hội nghị đang chọn (phím Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa mức xếp loại đang chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa quy tắc</source>
      <translation>Delete rule</translation>
    </message>
    <message>
      <source>Xóa tiêu chí đang chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa tài liệu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa tài liệu đang chọn (phím Delete trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa việc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa việc đang chọn (phím Delete trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa {level} «{name}» (mã {code})?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa điểm cầu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa điểm cầu đang chọn (phím Delete trong bảng)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa đoàn viên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa đoàn viên «{name}» ({branch})?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xóa đơn vị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xếp loại</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xếp loại (cao → thấp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Xếp loại: {grade}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yêu cầu bài thu hoạch</source>
      <translation type="unfinished" />
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
      <source>bản giấy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bằng mật khẩu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cho riêng đơn vị này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chưa có buổi nào</source>
      <translation>no sessions yet</translation>
    </message>
    <message>
      <source>chưa lưu lần nào</source>
      <translation>never saved</translation>
    </message>
    <message>
      <source>chưa nhập gì</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chưa nộp &lt;b&gt;{missing}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chấm hai vòng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chỉ các thay đổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cần ghi đủ ngày/tháng/năm, không chỉ năm: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cột {column}</source>
      <translation>column {column}</translation>
    </message>
    <message>
      <source>dd/mm/yyyy hoặc năm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dòng {number}: {score}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dòng {row}</source>
      <translation>row {row}</translation>
    </message>
    <message>
      <source>dưới {score}: {grade}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ghi ngày theo dạng dd/mm/yyyy: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>giấy chứng nhận</source>
      <translation>certificates</translation>
    </message>
    <message>
      <source>gõ số câu đúng (72), hoặc 72/100, hoặc 72%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gửi tỉnh &lt;b&gt;{forwarded}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hoặc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hạn {date} {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hội nghị</source>
      <translation>conferences</translation>
    </message>
    <message>
      <source>hội nghị mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>không</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>không có bản ghi nào</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>không có dữ liệu cá nhân nhạy cảm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>không có tệp {ARCHIVE_DB_NAME} bên trong</source>
      <translation>there is no {ARCHIVE_DB_NAME} file inside</translation>
    </message>
    <message>
      <source>không đặt hạn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lúc</source>
      <translation type="unfinished" />
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
      <source>ngân hàng mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ngân hàng đã có: chỉ thêm câu mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nộp ngày {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>thang: {scale}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>toàn bộ danh sách</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tệp Word cũ (.doc): chỉ lưu tệp; lưu lại thành .docx để đọc được chữ</source>
      <translation>old Word file (.doc): file kept only; save it again as .docx so its text can be read</translation>
    </message>
    <message>
      <source>tệp không có chữ (ảnh chụp/bản quét): không đọc hay so trùng lặp được trong chương trình.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tệp {file}</source>
      <translation>file {file}</translation>
    </message>
    <message>
      <source>tệp «{file}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ví dụ BTG (có thể để trống)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ví dụ HĐTN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ví dụ: 1, 3, 5-9</source>
      <translation>e.g. 1, 3, 5-9</translation>
    </message>
    <message>
      <source>{count} bản cũ hơn, bỏ qua</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} cập nhật</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} gửi muộn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} không đổi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} mới</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} người khớp: chọn bằng ↑ ↓ rồi nhấn Enter.</source>
      <translation>Matches: {count}. Choose with ↑ ↓ and press Enter.</translation>
    </message>
    <message>
      <source>{count} quá hạn chưa gửi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} từ chối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} xung đột</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} xóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{done}/{whole} · {rate} · đạt {passed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{error}

Gói «{name}» đã được tạo và vẫn nằm trong thư mục {folder}: có thể gửi lại, hoặc chép tệp đó bằng tay.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{error} (Hoặc bấm «Chọn thư mục…» để đọc mọi gói trong thư mục đó.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: giữ «{kept}», bản kia «{other}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{figures} — đã kết thúc</source>
      <translation>{figures} — ended</translation>
    </message>
    <message>
      <source>{first} / {second} — cần thống nhất</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{grade} từ {score}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{grade} — chờ chấm vòng hai</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{grade} — {total}/{maximum} điểm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind}
Văn bản: {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} không hợp lệ: {error}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>{level} không thể trực thuộc {parent_level} «{parent}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{level} không thể trực thuộc {parent_level}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{level} – mã {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{message} Có thể in giấy chứng nhận ngay tại đây.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{moment} (hôm nay)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{moment} (hôm qua)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}  ·  sinh {born}  ·  {branch}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{name} (%n câu)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <source>{name} có hơn một dòng trong danh sách</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} đang làm bài. Thoát màn hình thi?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} đã có tệp «{file}» trong lần nhập này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} đã nộp bài ({had}, ngày {date}). Thay bằng bản giấy?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} đã nộp bài ({had}, ngày {date}). Thay bằng tệp «{file}»?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{passed} đạt, {failed} chưa đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{score} câu trả lời đúng</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{sent}/%n đơn vị đã gửi cho «{event}»</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>{sent}/%n đơn vị đã gửi cho «{event}» ({details})</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{session} (bắt đầu {start})  ·  {point}</source>
      <translation>{session} (starts {start})  ·  {point}</translation>
    </message>
    <message numerus="yes">
      <source>{shown} / %n câu</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{shown}/{total} người</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{stamp} (chưa đạt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{stamp} (đạt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{time:%H:%M} ngày {day:%d/%m/%Y}</source>
      <translation>{time:%H:%M} on {day:%d/%m/%Y}</translation>
    </message>
    <message>
      <source>{title} (dữ liệu mẫu)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{topic} (%n câu)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{who} — cấp {levels} thuộc {scope}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{words} chữ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{words} chữ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{criterion}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{event}»: {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{name}» là một thư mục, không phải tệp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{sheet}» (tiêu đề ở dòng {row})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{text}» không phải mã thẻ đúng. Hãy quét lại, hoặc gõ họ tên để tìm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{text}» không phải số câu đúng: {help}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>«{title}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ít nhất 8 ký tự. Báo mật khẩu cho đơn vị nhận qua điện thoại, đừng gửi kèm gói.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ô để trống lấy theo cây đơn vị (chữ mờ là giá trị sẽ dùng).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đ&amp;iểm:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang chép cơ sở dữ liệu…</source>
      <translation>Copying the database…</translation>
    </message>
    <message>
      <source>Đang cấp giấy chứng nhận…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang diễn ra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi bài của {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi báo cáo (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi bản sao lưu…</source>
      <translation>Writing the backup…</translation>
    </message>
    <message>
      <source>Đang ghi kết quả kiểm tra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi kết quả thi trên giấy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi nhận khóa…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi số liệu báo cáo (Excel)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi vắng có phép…</source>
      <translation>Recording excused absence…</translation>
    </message>
    <message>
      <source>Đang ghi {done}/{total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang ghi điểm danh…</source>
      <translation>Recording attendance…</translation>
    </message>
    <message>
      <source>Đang ghi…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Đang giải quyết xung đột…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang hủy…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang kiểm tra và xem trước gói…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang kiểm tra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu báo cáo…</source>
      <translation>Saving report…</translation>
    </message>
    <message>
      <source>Đang lưu bản nháp…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu cài đặt bài kiểm tra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu cách trình bày văn bản…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu kết quả chấm…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu tệp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu yêu cầu bài thu hoạch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu đoàn viên…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu đơn vị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lưu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lấy số văn bản…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang lập biên nhận…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang mời…</source>
      <translation>Inviting…</translation>
    </message>
    <message>
      <source>Đang mở bài thu hoạch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang mở bài…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang mở dữ liệu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang mở hội nghị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang mở tệp…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đang nhập %n bài thu hoạch…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đang nhập câu hỏi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang nhập danh sách đơn vị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang nhập danh sách…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang nhập gói báo cáo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang nhập tệp khóa…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang sao chép hội nghị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang sao lưu dữ liệu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang sinh hoạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang so sánh các bài… (với hàng nghìn bài có thể mất vài giây)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang theo yêu cầu mặc định (chưa lưu).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang tìm USB…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang tìm…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <source>Đang tạo bản xem trước…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang tạo hội nghị mẫu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang tạo và gửi gói báo cáo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang tạo đoàn viên mẫu {done}/{total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xuất danh sách…</source>
      <translation>Exporting list…</translation>
    </message>
    <message>
      <source>Đang xuất kết quả kiểm tra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xuất ngân hàng câu hỏi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xuất tệp khóa…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xuất tổng hợp bài thu hoạch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xuất tổng hợp điểm danh…</source>
      <translation>Exporting attendance summary…</translation>
    </message>
    <message>
      <source>Đang xóa bài…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xóa câu hỏi…</source>
      <translation>Deleting questions…</translation>
    </message>
    <message>
      <source>Đang xóa hội nghị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xóa đơn vị…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xóa…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang xử lý…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc biên nhận…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc bài…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc báo cáo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc bản sao lưu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc cài đặt bài kiểm tra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc các hạn…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc câu hỏi…</source>
      <translation>Reading questions…</translation>
    </message>
    <message>
      <source>Đang đọc danh sách bài thu hoạch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc danh sách hội nghị…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc gói báo cáo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc kết quả kiểm tra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc ngân hàng câu hỏi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc số liệu điểm danh…</source>
      <translation>Reading attendance figures…</translation>
    </message>
    <message>
      <source>Đang đọc thư mục {folder}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc thư mục…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc tình hình gửi báo cáo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc tệp…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <source>Đang đọc tổng quan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đang đọc {name}…</source>
      <translation>Reading {name}…</translation>
    </message>
    <message>
      <source>Điểm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm cao nhất</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm chấm của bài cũng không còn được tính; người này trở lại «Chưa nộp» nếu thuộc diện phải nộp.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm cầu «{point}» không tham gia buổi {session}.</source>
      <translation>Bridge point “{point}” does not take part in session {session}.</translation>
    </message>
    <message>
      <source>Điểm cầu đang chọn</source>
      <translation type="unfinished" />
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
      <source>Điểm theo tiêu chí</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm tối đa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm tối đa của tiêu chí «{name}» phải là một số: «{score}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm vượt mức tối đa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm «{text}» chưa đúng: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm đạt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm đạt: {percent}% số câu (mức mặc định, hội nghị chưa đặt bài kiểm tra)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Điểm đạt: {percent}% số câu (theo cài đặt bài kiểm tra)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn khối</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn trực thuộc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn viên</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Đoàn viên chưa đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn viên gợi ý</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn viên làm bài trên máy của cơ quan (toàn màn hình)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn viên được chọn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn viên: &lt;b&gt;{count}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoàn xã/phường</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đoạn sa&amp;u ▶</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đoạn {number}/{total} — %n chữ</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đánh giá chung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đáp án đúng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã
kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã chuyển sinh hoạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã chấm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã chọn</source>
      <translation>Selected</translation>
    </message>
    <message>
      <source>Đã chọn {count}</source>
      <translation>Selected: {count}</translation>
    </message>
    <message>
      <source>Đã chọn {who}. Gõ điểm rồi nhấn Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã có biên nhận</source>
      <translation type="unfinished" />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n lượt thi trên giấy, ngày {date}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã ghi %n lượt thi từ tệp «{file}».</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã ghi tổng hợp bài thu hoạch vào «{file}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã ghi tổng hợp điểm danh vào «{name}».</source>
      <translation>Attendance summary written to “{name}”.</translation>
    </message>
    <message>
      <source>Đã ghi và kiểm tra gói «{name}» trên USB {drive}. Có thể rút USB an toàn.
{content}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã ghi và kiểm tra gói «{name}» vào thư mục {folder}.
{content}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã ghi vắng có phép</source>
      <translation>Recorded as excused</translation>
    </message>
    <message>
      <source>Đã ghi «{name}».</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đã gửi %n gói, nhận {received} gói.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n gói.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n trang tới máy in «{name}».</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã gửi %n trang tới tệp «{name}».</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã gửi gói báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đã gửi gói «{name}» qua thư điện tử tới {recipients}, chia thành %n thư vì gói lớn.
{content}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã gửi gói «{name}» qua thư điện tử tới {recipients}.
{content}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã gửi, chờ biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã hủy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã hủy lượt điểm danh</source>
      <translation>Check-in undone</translation>
    </message>
    <message>
      <source>Đã khôi phục</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {when} ({counts}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {when}. Hãy đóng và mở lại DoanDesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã khớp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã kiểm tra / phải kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã kiểm tra / phải kiểm tra · chỉ tiêu &lt;b&gt;{target}%&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã kiểm tra &lt;b&gt;{tested}/{to_test}&lt;/b&gt; đoàn viên (&lt;b&gt;{tested_rate}&lt;/b&gt;), đạt &lt;b&gt;{passed}&lt;/b&gt; (&lt;b&gt;{pass_rate}&lt;/b&gt;); {attempts} lượt thi.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu báo cáo lỗi vào «{path}».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu bản nháp lúc {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu bản nháp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu bản sao lưu vào {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu giấy chứng nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu giấy chứng nhận số {number} của {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu «{name}» vào thư mục {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lưu: người chấm {number} xếp loại {grade}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lập biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã lập biên nhận: {path}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đã nhận %n gói.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã nhập</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đã nhập %n bài thu hoạch từ thư mục «{folder}», ngày nhận {date}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Đã nhập (%n bài)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã nhập biên nhận</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nhập danh sách đơn vị. Chọn &lt;b&gt;đơn vị của máy này&lt;/b&gt; (đơn vị bạn quản lý) trong cây:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nhập gói báo cáo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nhập trước đây</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nhập tệp khóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nhập: {counts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nhập: {created} đoàn viên mới, {updated} cập nhật, {unchanged} không đổi.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nộp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nộp / phải nộp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nộp / phải nộp · hạn {deadline:%H:%M %d/%m/%Y}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nộp &lt;b&gt;{received}/{required}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã nộp &lt;b&gt;{received}/{required}&lt;/b&gt; ({late} nộp muộn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã sao lưu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã sao lưu lúc {time}: {counts} ({size}) vào {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã sao lưu.</source>
      <translation>Backed up.</translation>
    </message>
    <message numerus="yes">
      <source>Đã so sánh %n bài có chữ: {pairs} cặp giống nhau từ {threshold}% trở lên.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã sửa sau lần xem trước: bấm «Xem trước» để cập nhật.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã thi, chưa đạt</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đã thêm %n câu hỏi vào ngân hàng «{bank}».</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã thêm &lt;b&gt;{name}&lt;/b&gt;: {score} ({percent}) – {result}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã tin cậy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã tin cậy khóa có dấu vân tay:

{fingerprint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã trả lời</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã trả lời: {answered}/{total} câu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã tạo gói «{name}». Chương trình thư đã mở: hãy đính kèm tệp đang hiện trong thư mục {folder} rồi gửi.
{content}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã xong</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Đã xuất %n đoàn viên vào tệp:</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đã xuất tệp khóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã xóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã xóa bài thu hoạch của {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã xóa tên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã xảy ra lỗi không mong đợi trong DoanDesk. Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn thành.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đã điểm danh trước đó (giữ nguyên)</source>
      <translation>Already checked in (kept as is)</translation>
    </message>
    <message>
      <source>Đã đạt bài kiểm tra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đính &amp;kèm tệp…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đóng màn hình thi?</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị chậm nhất:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị chủ trì</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị chủ trì:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị cấp trên</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị cấp trên (Tỉnh đoàn) – có thể bỏ trống</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị cấp trên không tồn tại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị cấp trên «{parent_code}» không có trong tệp cũng như trong dữ liệu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị cấp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị của máy này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị gửi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị gửi / khóa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị nhận cần tệp khóa này một lần, và so dấu vân tay trên qua điện thoại trước khi tin cậy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị nhận giữ nguyên những trường này nếu đã có.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị nhận:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị này</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị thực hiện</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị thực hiện:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị tổ &amp;chức:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị tổ chức</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị tổ chức và các đơn vị trực thuộc chưa có đoàn viên nào đang sinh hoạt: chưa có ai phải kiểm tra.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị đăng cai</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị đăng cai:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đơn vị:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>Đơn vị: {office}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đường dẫn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đường dẫn phòng họp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đường dẫn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Được</source>
      <translation type="unfinished" />
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
      <source>Được, sau khi tin cậy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ĐẠT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đạt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đạt: &lt;b&gt;{passed}&lt;/b&gt; ({rate})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đảo thứ tự câu hỏi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đảo thứ tự phương án</source>
      <translation type="unfinished" />
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
      <source>Đề xuất, kiến nghị</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đề xuất, kiến nghị với cấp trên (để trống: báo cáo ghi «Không có»)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Để &amp;xem sau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Để riêng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Để riêng: khóa chưa tin cậy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Để sau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Địa chỉ e-mail không hợp lệ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Địa danh:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Địa điểm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Địa điểm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đọc &amp;bài</source>
      <translation type="unfinished" />
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
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Đồng ý</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đổi đoàn viên…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Độ khớp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Đợt học tập:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>đoàn viên</source>
      <translation>members</translation>
    </message>
    <message>
      <source>đã chuyển từ mã {legacy} sang Unicode</source>
      <translation>converted from the {legacy} encoding to Unicode</translation>
    </message>
    <message>
      <source>đã chấm &lt;b&gt;{graded}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>đơn vị</source>
      <translation>units</translation>
    </message>
    <message>
      <source>đến</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ảnh chụp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ảnh chụp/quét: chỉ lưu tệp</source>
      <translation>photo/scan: file kept only</translation>
    </message>
    <message>
      <source>Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng bớt dung lượng rồi thử lại.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ở lại</source>
      <translation>Stay</translation>
    </message>
    <message>
      <source>Ủy viên BCH</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ủy viên BTV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>• Gói {bundle}…: đơn vị nhận ghi nhận {outcomes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>• {field}: đang dùng «{kept}» → bản kia «{other}»</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>• {name}: từ chối. {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>• {name}: để riêng, chưa nhập gì (khóa của người gửi chưa được tin cậy).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>… và %n lỗi khác.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>←  Câu trước</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>← &amp;Danh sách</source>
      <translation>← &amp;List</translation>
    </message>
    <message>
      <source>◀ Đoạn &amp;trước</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ Bản sao lưu này không phải của dữ liệu đang dùng (được tạo trên máy khác hoặc từ một bộ dữ liệu khác).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ Chữ trong tệp được gõ bằng bảng mã cũ {encoding}; DoanDesk đã chuyển sang Unicode. Hãy xem lại vài họ tên trong bảng dưới đây.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ Dòng cuối của nơi nhận thường là «{last}» (bản lưu văn phòng).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ {name}: dự kiến {expected} người, vượt sức chứa {capacity}.</source>
      <translation>⚠ {name}: {expected} expected, over the capacity of {capacity}.</translation>
    </message>
    <message numerus="yes">
      <source>⚠ {text} Người này có %n dòng trong danh sách.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>⚠ {who} đã có trong danh sách ({lines}). Chỉ gõ tiếp nếu đây là một bài thi khác của người này.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✔ Đã ghi bài của {name}: bản giấy, nhận ngày {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✔ Đã ghi bài của {name}: «{file}», nhận ngày {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✔ Đã lưu cài đặt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✔ Đã lưu yêu cầu bài thu hoạch; danh sách nộp bài tính lại theo yêu cầu mới.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✔ Đã lưu yêu cầu.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
