"""The personal essays (bài thu hoạch) of an event: the tab of the event page with the
requirement, the register of who handed in what and the figures per unit
(:mod:`.essay_tab`), a whole folder of essay files matched to members
(:mod:`.folder_dialog`), grading (:mod:`.grading_dialog`) and the check for copied
essays (:mod:`.similarity_dialog`)."""
