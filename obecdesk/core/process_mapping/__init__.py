"""Process mapping (seed 000, DESIGN.md §2.6): the municipality's agendas in the cooperation's
theme, formal against informal practice step by step, the documents and interviews behind it,
the critical points found, and the recommendations negotiated and followed up.

- :mod:`.agendas`: agendas, their ordered steps, the documents analysed;
- :mod:`.interviews`: interviews, anonymous by default, a name only with a legal basis;
- :mod:`.findings`: critical points, recommendations, follow-up consultations, referrals;
- :mod:`.overview`: everything of one locality read at once (the view and the report);
- :mod:`.demo`: the acute demo locality's mapping.
"""
