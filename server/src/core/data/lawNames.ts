// Names of laws and codes as the Quốc hội titles them, without the keyword. A name cited in
// running text ends where it ends: "Luật Hôn nhân và gia đình" goes on over "và", "Luật Hoạt
// động giám sát của Quốc hội và Hội đồng nhân dân" over "của", which in other names end the title
// ("Luật Đất đai và các văn bản…", "Luật Đầu tư của Quốc hội"). Names not listed here are read by
// the general rule in assemble/title.ts. Amending laws ("Luật sửa đổi, bổ sung…") are not listed.

export const LAW_NAMES: readonly string[] = [
  // codes (Bộ luật)
  'Dân sự', 'Hình sự', 'Tố tụng dân sự', 'Tố tụng hình sự', 'Lao động', 'Hàng hải Việt Nam',
  // laws whose names the general rule cuts short: "và", "của", a comma, a lower-case word after one
  'Hôn nhân và gia đình', 'Tiêu chuẩn và quy chuẩn kỹ thuật', 'Đo đạc và bản đồ', 'Địa chất và khoáng sản',
  'Bảo vệ và kiểm dịch thực vật', 'Phí và lệ phí', 'Quy hoạch đô thị và nông thôn', 'Quy hoạch đô thị',
  'Khoa học, công nghệ và đổi mới sáng tạo', 'Khoa học và công nghệ', 'Sử dụng năng lượng tiết kiệm và hiệu quả',
  'Tài nguyên, môi trường biển và hải đảo', 'Bảo vệ, chăm sóc và giáo dục trẻ em', 'Bảo vệ và phát triển rừng',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', 'Xuất cảnh, nhập cảnh của công dân Việt Nam',
  'Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  'Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', 'Quản lý, sử dụng tài sản công',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp',
  'Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác', 'Phòng, chống tác hại của thuốc lá',
  'Phòng, chống tác hại của rượu, bia', 'Phòng, chống tham nhũng', 'Phòng, chống ma túy', 'Phòng, chống ma tuý',
  'Phòng, chống mua bán người', 'Phòng, chống rửa tiền', 'Phòng, chống thiên tai', 'Phòng, chống bạo lực gia đình',
  'Phòng, chống khủng bố', 'Phòng, chống bệnh truyền nhiễm', 'Phòng cháy, chữa cháy', 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Thực hành tiết kiệm, chống lãng phí', 'Cán bộ, công chức', 'Khám bệnh, chữa bệnh', 'Thi đua, khen thưởng',
  'An toàn, vệ sinh lao động', 'Trật tự, an toàn giao thông đường bộ', 'Phổ biến, giáo dục pháp luật',
  'Hòa giải, đối thoại tại Tòa án', 'Chất lượng sản phẩm, hàng hóa', 'Thể dục, thể thao', 'Tín ngưỡng, tôn giáo',
  'Thi hành tạm giữ, tạm giam', 'Bảo vệ quyền lợi người tiêu dùng', 'Tổ chức chính quyền địa phương',
  'Tổ chức Chính phủ', 'Tổ chức Quốc hội', 'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân',
  'Tổ chức cơ quan điều tra hình sự', 'Ban hành văn bản quy phạm pháp luật', 'Ngân hàng Nhà nước Việt Nam',
  'Các tổ chức tín dụng', 'Hàng không dân dụng Việt Nam', 'Giao thông đường thủy nội địa', 'Giao thông đường bộ',
  'Đường bộ', 'Quốc tịch Việt Nam', 'Sĩ quan Quân đội nhân dân Việt Nam', 'Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  'Cảnh sát biển Việt Nam', 'Biên phòng Việt Nam', 'Công an nhân dân', 'Dân quân tự vệ', 'Nghĩa vụ quân sự',
  'Thuế thu nhập doanh nghiệp', 'Thuế thu nhập cá nhân', 'Thuế giá trị gia tăng', 'Thuế tiêu thụ đặc biệt',
  'Thuế xuất khẩu, thuế nhập khẩu', 'Thuế sử dụng đất phi nông nghiệp', 'Thuế sử dụng đất nông nghiệp', 'Thuế bảo vệ môi trường',
  'Thuế tài nguyên', 'Quản lý thuế', 'Ngân sách nhà nước', 'Đầu tư công', 'Đầu tư theo phương thức đối tác công tư',
  'Kiểm toán nhà nước', 'Kiểm toán độc lập', 'Quản lý nợ công', 'Kinh doanh bất động sản', 'Kinh doanh bảo hiểm',
  'Sở hữu trí tuệ', 'Chuyển giao công nghệ', 'Công nghệ thông tin', 'Giao dịch điện tử', 'An toàn thông tin mạng',
  'An ninh mạng', 'Tần số vô tuyến điện', 'Bảo vệ dữ liệu cá nhân', 'Công nghiệp công nghệ số', 'Trí tuệ nhân tạo',
  'Bảo hiểm xã hội', 'Bảo hiểm y tế', 'Bảo vệ môi trường', 'Đa dạng sinh học', 'Khí tượng thủy văn', 'Tài nguyên nước',
  'Năng lượng nguyên tử', 'An toàn thực phẩm', 'Giáo dục đại học', 'Giáo dục nghề nghiệp', 'Người khuyết tật', 'Người cao tuổi',
  'Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'Bình đẳng giới', 'Di sản văn hóa', 'Điện ảnh',
  'Thống kê', 'Kế toán', 'Hải quan', 'Đấu giá tài sản', 'Đấu thầu', 'Hợp tác xã', 'Doanh nghiệp', 'Đầu tư', 'Đất đai',
  'Nhà ở', 'Xây dựng', 'Kiến trúc', 'Quy hoạch', 'Lâm nghiệp', 'Thủy sản', 'Thủy lợi', 'Trồng trọt', 'Chăn nuôi', 'Thú y',
  'Cư trú', 'Căn cước', 'Căn cước công dân', 'Hộ tịch', 'Nuôi con nuôi', 'Trẻ em', 'Thanh niên', 'Việc làm', 'Công đoàn',
  'Tiếp công dân', 'Khiếu nại', 'Tố cáo', 'Thanh tra', 'Tiếp cận thông tin', 'Trưng cầu ý dân', 'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
  'Thủ đô', 'Dữ liệu', 'Viễn thông', 'Bưu chính', 'Báo chí', 'Xuất bản', 'Quảng cáo', 'Thương mại', 'Cạnh tranh', 'Giá',
  'Chứng khoán', 'Điện lực', 'Dầu khí', 'Khoáng sản', 'Hóa chất', 'Dược', 'Giáo dục', 'Nhà giáo', 'Du lịch', 'Viên chức',
  'Luật sư', 'Công chứng', 'Trợ giúp pháp lý', 'Lý lịch tư pháp', 'Giám định tư pháp', 'Tương trợ tư pháp', 'Đặc xá',
  'Thi hành án hình sự', 'Thi hành án dân sự', 'Xử lý vi phạm hành chính', 'Tố tụng hành chính', 'Phá sản', 'Quốc phòng',
  'An ninh quốc gia', 'Biên giới quốc gia', 'Biển Việt Nam', 'Đường sắt', 'Đo lường', 'Thư viện', 'Dân số', 'Phòng bệnh',
  'Điều ước quốc tế', 'Thỏa thuận quốc tế', 'Cơ yếu', 'Hoạt động chữ thập đỏ', 'Mặt trận Tổ quốc Việt Nam', 'Lưu trữ',
  'Đê điều', 'Phòng không nhân dân',
  // names the general rule cuts at a stop word ("có", "của", "ở", "tham", "đang", "chưa", "và" + lower case)
  // or at its word limit; each cited in ../shared/corpus
  'Ưu đãi người có công với cách mạng', 'Chuyển giao người đang chấp hành án phạt tù', 'Phục hồi, phá sản',
  'Hỗ trợ doanh nghiệp nhỏ và vừa', 'Thực hiện dân chủ ở cơ sở', 'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Tư pháp người chưa thành niên', 'Trách nhiệm bồi thường của Nhà nước', 'Giáo dục quốc phòng và an ninh',
  'Ký kết và thực hiện thỏa thuận quốc tế', 'Ký kết và thực hiện thoả thuận quốc tế',
  'Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài',
  'Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người',
  'Bảo vệ bí mật nhà nước', 'Dự trữ quốc gia', 'Bảo hiểm tiền gửi', 'Quản lý ngoại thương', 'Thương mại điện tử',
  'Chuyển đổi số', 'Công nghệ cao', 'Bảo vệ công trình quan trọng liên quan đến an ninh quốc gia', 'Hàng không dân dụng', 'Tình trạng khẩn cấp', 'Phòng thủ dân sự', 'Công nghiệp quốc phòng, an ninh và động viên công nghiệp',
  // names that go on past a shorter known one: "Luật Đầu tư kinh doanh" (a draft law cited 60 times in
  // lit_7a03325784339af0, lit_7bcfa1e7dad01e79…), "Pháp lệnh Thủ đô Hà Nội" (2000)
  'Đầu tư kinh doanh', 'Thủ đô Hà Nội',
  // laws of 2025 whose names go on past a word the general rule stops at ("về", "và" + lower case):
  // Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp số 68/2025/QH15 [p8_hd_kinh_te__nghi-dinh-so-145-2026-nd-cp],
  // the two laws on mutual legal assistance that replaced Luật Tương trợ tư pháp 2007
  // [p8_hd_kinh_te__nghi-dinh-so-158-2026-nd-cp, p8_hd_kinh_te__nghi-dinh-so-172-2026-nd-cp]; the draft
  // Luật Chuyển đổi giới tính ("tính" is a stop word) [lit_651aae6594fc192e]
  'Quản lý và đầu tư vốn nhà nước tại doanh nghiệp', 'Tương trợ tư pháp về dân sự', 'Tương trợ tư pháp về hình sự',
  'Chuyển đổi giới tính',
  // an older law's own name, and names as texts write them, cut short by the general rule:
  // Luật Phòng cháy và chữa cháy (2001) [p8_hd_kinh_te__nghi-dinh-so-170-2026-nd-cp]; "Luật Quản lý và sử
  // dụng tài sản công" [vnm_QH__CTHD.md]; "Luật Thuế xuất khẩu, nhập khẩu" [lit_07ae474827ad5469];
  // "Luật Người lao động Việt Nam đi làm việc tại nước ngoài số 72/2006/QH11" [p8_bhxh__van-ban-hop-nhat-so-28-vbhn-vpqh];
  // "Luật Hiến, lấy, ghép mô và bộ phận cơ thể người…" [lit_4c49617f8caabdf7]
  'Phòng cháy và chữa cháy', 'Quản lý và sử dụng tài sản công', 'Thuế xuất khẩu, nhập khẩu',
  'Người lao động Việt Nam đi làm việc tại nước ngoài', 'Hiến, lấy, ghép mô và bộ phận cơ thể người và hiến, lấy xác',
];

/**
 * Words after a known name that make it another country's law, read by the general rule as before:
 * "Luật Giáo dục Nhật Bản", "Luật Giáo dục bang Texas", "Luật Phá sản doanh nghiệp Trung Quốc".
 */
export const FOREIGN_AFTER_NAME: readonly string[] = [
  'Nhật', 'Pháp', 'Đức', 'Anh', 'Mỹ', 'Hoa', 'Trung', 'Hàn', 'Nga', 'Thái', 'Singapore', 'Úc', 'Canada', 'bang', 'doanh nghiệp Trung',
];

/** What follows "Hiến pháp" in its full name: "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;". */
export const CONSTITUTION_NAMES: readonly string[] = ['nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'nước Cộng hoà xã hội chủ nghĩa Việt Nam'];

/**
 * Words that open the next line's sentence or heading after a line that ends with "Luật" (a heading
 * such as "1. Dự kiến nguồn lực để thi hành Luật", a sentence broken there): not the first word of a
 * name, unless a known name starts there ("Luật\nThực hành tiết kiệm, chống lãng phí"). Each seen in
 * ../shared/corpus: "Luật\nCác nội dung sửa đổi" [lit_ac8b36b12e726355], "Luật\nViệc xây dựng Luật…"
 * [lit_159ef55056efd25f], "Trên cơ sở", "Thực hiện", "Các chính sách" [lit_3dab1f68182b29eb], "Với
 * phạm vi điều chỉnh" [lit_6f720d46e0de530c], "Trong", "Ngay", "Bộ Giáo dục" [lit_9c804e2916beac31,
 * lit_7b567bc30a7f112b], "Để đảm bảo" [lit_97cd4d1b5f222ef7], "Điều kiện bảo đảm", "Điều 103"
 * [lit_07ae474827ad5469, lit_f616dda3b6e66de5], "Kinh phí", "Bộ Nông nghiệp" [lit_05e488fd0448ecf2],
 * "Nguồn lực tài chính" [lit_dfa6b7e988e8b8a1], "Phụ lục I" [lit_7bcfa1e7dad01e79], "QUY ĐỊNH"
 * [lit_975b9877fccc4ee4], "Chính phủ quy định" [vlc_Luat-Si-quan…], and the signature stamp's
 * "Người ký:" and "Ký bởi:" after a gazette text's last "Luật".
 */
export const NOT_A_NAME_ON_NEXT_LINE: readonly string[] = [
  'Các', 'Việc', 'Trên', 'Với', 'Trong', 'Để', 'Ngay', 'Thực hiện', 'Điều', 'Phụ lục', 'Bộ', 'Kinh phí', 'Nguồn lực',
  'Chính phủ', 'QUY ĐỊNH', 'Người ký', 'Ký bởi',
];

/**
 * Words by which a document says it implements or amends a law it names ("quy định chi tiết một số
 * điều của Luật …", "hướng dẫn thi hành Luật …", "sửa đổi, bổ sung một số điều của Luật …"): that
 * law was passed by the document's date.
 */
export const IMPLEMENTING_WORDS: readonly string[] = ['thi hành', 'hướng dẫn', 'quy định chi tiết', 'sửa đổi', 'bổ sung', 'hợp nhất'];
