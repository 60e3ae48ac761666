"""Number rules: every figure in the summary must be in the source, a faithful rounding of one
there, or follow from source figures the way the sentence says — and belong to the same thing."""

from . import Rule

_RESULTS = ("Acme's revenue rose 7% to $4.1 billion, while net profit rose 14% to $286 million, "
            "the company said on Tuesday.")

RULES = (
    Rule("NUM001", "number", "scale, unit or currency changed",
         "The summary has the source's digits with another scale (million/billion), unit or "
         "currency, or a span of time in another unit (\"three months\" for three weeks). The "
         "figure means something else.",
         "Acme's operating profit fell to $412 million from $572 million.",
         "Acme's operating profit fell to $412 billion.", "$412 billion",
         "Acme's operating profit fell to $412m."),
    Rule("NUM002", "number", "figure not in the source",
         "The summary's exact figure is not in the source and follows from none of its figures "
         "by the derivation its own words state: a change (\"dropped 7%\", \"15% below\", \"by "
         "2 cents\") from two source levels, in the stated direction; a total (\"a total of\", "
         "\"of stocks and bonds\") from a sum; a share (\"14% of output\") from a share. A "
         "level (\"to EUR2.4bn\", \"from $1.5bn\") must be in the source or follow from a source "
         "level and the change told beside it, never from a sum of two unrelated amounts. Also "
         "a count of what the source counts once in words (\"two deaths\" for \"one death\"). "
         "The message names the closest source figure.",
         "Acme employs about 8,400 people and runs 214 clinics in 11 states.",
         "Acme runs 214 clinics in 14 states.", "14",
         "Acme runs 214 clinics in 11 states."),
    Rule("NUM003", "number", "hedged figure that cannot be verified (warning)",
         "A hedged figure (\"about\", \"roughly\") or a word for one (\"half\") that finsum cannot "
         "derive from the source; the source may imply it. Check it by hand. \"About X\" in "
         "digits rounds at X's own precision (\"about $3.5bn\" is $3.45bn to $3.55bn).",
         _RESULTS,
         "Acme's net profit of $286 million was about 9% of revenue.", "9%",
         "Acme's net profit rose 14% to $286 million."),
    Rule("NUM004", "number", "figure belongs to something else",
         "The figure is in the source, but there it describes another subject, period or measure "
         "than the one the summary attaches it to: another segment, another metric (operating "
         "cash flow given as free cash flow), another purchase (the price of one stake given to "
         "another), the label of a neighbouring figure (\"a S$1.35 target price\" where "
         "S$1.35 is where the units traded), two owners' shares swapped, what a range is said "
         "to imply, or the base a level is compared with (then the pair is flagged). Two figures "
         "given each other's places (\"savings of $52m, costs of $14m\" for savings of $14m and "
         "costs of $52m) are both flagged.",
         _RESULTS,
         "Acme's revenue rose 14% to $4.1 billion.", "14%",
         "Acme's revenue rose 7% to $4.1 billion."),
    Rule("NUM005", "number", "old and new level swapped",
         "The source moves something from one level to another; the summary gives the new level "
         "as the old one, or the old as the new.",
         "Acme lifted its dividend to 11.2 pence a share from 9.8 pence, the company said.",
         "Acme lifted its dividend from 11.2 pence.", "11.2 pence",
         "Acme lifted its dividend to 11.2 pence a share from 9.8 pence."),
    Rule("NUM006", "number", "figure probably belongs to other words (warning)",
         "The figure is in the source, but the words around it in the summary go with a different "
         "source figure. Check it by hand. When four or more of those words, on both sides, go "
         "with a figure of the same unit and size told in another sentence, it is NUM004.",
         "The peso weakened 0.3% after the decision, trimming its gain for the year to about 12%. "
         "Analysts expect a further 3% slide.",
         "The peso weakened 3% after the decision.", "3%",
         "The peso weakened 0.3% after the decision."),
    Rule("NUM007", "number", "intraday peak given as the close",
         "The source gives a peak move (\"as much as\") and a different closing move; the summary "
         "reports the peak, or the level the peak reached (\"as much as 9.6% to $38,450\"), as "
         "where the price closed.",
         "Acme shares rose as much as 9% in early trade before closing up 4%.",
         "Acme shares closed up 9%.", "9%",
         "Acme shares closed up 4%."),
    Rule("NUM008", "number", "the source gives another figure for the same thing",
         "The words around the figure match a source passage that states a different figure: the "
         "summary changed it. Also a figure beside a neighbour the source gives with another, and "
         "a hedged figure (\"about 2%\") told in the words of a source sentence whose one hedged "
         "figure of its kind differs (\"by about 1%\").",
         "Acme employs about 8,400 people and runs 214 clinics in 11 states.",
         "Acme runs 241 clinics in 11 states.", "241",
         "Acme runs 214 clinics in 11 states."),
    Rule("NUM009", "number", "figure counts something else",
         "The figure is in the source, but there it counts other things (8,400 people, not "
         "8,400 engineers; 165 counts, not 165 witnesses).",
         "Acme employs about 8,400 people and runs 214 clinics in 11 states.",
         "Acme employs about 8,400 engineers.", "8,400",
         "Acme employs roughly 8,400 staff."),
    Rule("NUM010", "number", "bound changed",
         "The source states a bound (\"over 100\", \"up to 20\"); the summary states the same kind "
         "of bound with another figure. A bound is the fact to report, not a figure to round.",
         "Kestrel now operates over 100 stores across Britain.",
         "Kestrel operates over 80 stores across Britain.", "80",
         "Kestrel operates more than 100 stores across Britain."),
    Rule("NUM011", "number", "invented figure",
         "The figure is not in the source, and neither is the thing it is a figure of (a fee, a "
         "prize, job cuts): the summary made it up.",
         _RESULTS,
         "Acme's net profit rose 14% to $286 million, and it will pay a $250 million fee.",
         "$250 million",
         "Acme's net profit rose 14% to $286 million."),
    Rule("NUM012", "number", "earlier period's figure given as the current one",
         "The figure is in the source only as the figure of an earlier period (\"compared with "
         "63 cents a year ago\"); the summary gives it as the current one.",
         "Acme earned $312 million, or 94 cents per share, compared with $205 million, or 63 "
         "cents per share, a year ago.",
         "Acme's earnings fell to 63 cents per share.", "63 cents",
         "Acme's earnings rose to 94 cents per share from 63 cents a year ago."),
    Rule("NUM013", "number", "forecast given as the actual figure",
         "The figure is in the source only as what analysts or economists expected, or as the "
         "company's own forecast; the summary gives it as the result. The source reports another "
         "figure.",
         "Acme reported revenue of $1.84 billion. Analysts had expected revenue of $1.79 billion, "
         "according to LSEG data.",
         "Acme posted revenue of $1.79 billion.", "$1.79 billion",
         "Acme's revenue of $1.84 billion beat the $1.79 billion analysts expected."),
    Rule("NUM014", "number", "rating move with the wrong number of notches",
         "A notch is one step on an agency's rating scale: BBB- to BB+ is one notch, BBB to BB+ "
         "two. The summary gives another count than the move it reports.",
         "Fitch Ratings cut Halvard Chemicals to BB+ from BBB- on Monday.",
         "Fitch cut Halvard Chemicals by two notches to BB+.", "two notches",
         "Fitch cut Halvard Chemicals by one notch to BB+."),
    Rule("NUM015", "number", "figure compared with another period",
         "The summary compares the figure with a year earlier where the source compares it with "
         "the previous quarter, or the reverse, or gives it as the level at the end of a month "
         "(\"from 2.3% a year earlier and 3.6% at the end of June\"); or it gives the figure "
         "another standing than every source copy has: a month end, the analysts' forecast, or "
         "the old level of a revised forecast (\"cut its forecast to 1.31m tonnes from 1.37m\" "
         "where 1.37m was last year's output).",
         "Net revenue retention was 114%, down from 116% last quarter.",
         "Net revenue retention dipped to 114% from 116% a year earlier.", "116%",
         "Net revenue retention dipped to 114% from 116% in the previous quarter."),
    Rule("NUM016", "number", "a figure only an analyst gives in a call",
         "In an earnings-call transcript the figure is said only by an analyst, and the executive "
         "who answers gives another figure of the same kind: the summary repeated the figure "
         "that was corrected.",
         "Ray Cole -- Analyst, Birch Bank: With Industrial down 12% this quarter, is that the "
         "bottom?\nLaura Bennett -- Chief Financial Officer: Small correction: Industrial was "
         "down 9% year over year, and we think it is near the bottom.",
         "Industrial sales fell 12%, and management thinks that is the bottom.", "12%",
         "Industrial sales fell 9%, and management thinks that is near the bottom."),
    Rule("NUM017", "number", "a figure the source gives only under a condition",
         "The source gives the figure only with a condition (\"if the over-allotment option is "
         "exercised\", \"unless the deal closes\"); the summary states it as what happened and "
         "drops the condition. The source's plain figure, where it gives one, is the evidence.",
         "The listing raised about 410 million dollars. It could rise to about 470 million "
         "dollars if an over-allotment option is exercised in full.",
         "The listing raised about $470 million.", "$470 million",
         "The listing raised about $410 million, or up to $470 million with the over-allotment."),
    Rule("NUM018", "number", "a figure in words given another size",
         "The summary sizes a figure in words (\"double-digit\", \"single-digit\") that the source "
         "sizes only otherwise: \"a double-digit rate\" for the source's \"mid-single-digit "
         "percentage\".",
         "The group expects 2025 adjusted earnings per share to grow by a mid-single-digit "
         "percentage.",
         "The company expects adjusted EPS to grow at a double-digit rate in 2025.", "double-digit",
         "The company expects adjusted EPS to grow by a mid-single-digit percentage in 2025."),
)
