"""The frame of an acute or systematic cooperation: the request, its conditions, the decision,
the memorandum and the planned end with its countdown."""
