"""The attendance sheet's settings and their defaults, without loading reportlab (the settings
screen and the CLI's help read them)."""

#: empty rows for guests under a list of invitees, unless the user set another number
DEFAULT_GUEST_ROWS = 5
#: the line on processing personal data printed above the signatures (a setting may replace it)
DEFAULT_GDPR_NOTICE = (
    "Osobní údaje uvedené v prezenční listině (jméno, organizace, podpis) zpracovává Agentura "
    "pro sociální začleňování Ministerstva pro místní rozvoj za účelem doložení účasti na jednání "
    "a vykázání činnosti projektu, na základě plnění úkolu ve veřejném zájmu (čl. 6 odst. 1 "
    "písm. e) GDPR), a uchovává je po dobu archivace dokumentace projektu.")
