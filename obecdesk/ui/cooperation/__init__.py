"""Spolupráce: the frame of an acute or systematic cooperation and its closing report."""
