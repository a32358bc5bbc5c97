"""The "Gửi / Nhận" screen: report packages to and from other offices, their history,
and the keys of the offices that send them."""
