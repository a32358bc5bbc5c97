"""The overview screen ("Tổng quan"): the current conference's figures, what happens in the next
two weeks, what is due and what is late."""
