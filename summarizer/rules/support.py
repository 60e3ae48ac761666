"""Support rules: claims the source does not back (the chosen backend scores them)."""

from . import Rule

_SRC = ("Shares in Halvorsen rose 4.2% to 312.40 crowns by 1130 GMT, outperforming a 0.3% gain in "
        "the Oslo benchmark index. The company kept its full-year guidance.")

RULES = (
    Rule("SUP001", "unsupported", "clause not supported by the source",
         "Part of a sentence adds something the source does not say (a reason, a consequence, a "
         "claim). An error when the source backs almost none of it, else a warning.",
         _SRC, "Shares rose 4.2% as investors bet on a merger with a rival carrier.",
         "as investors bet on a merger with a rival carrier",
         "Shares rose 4.2%, beating the Oslo index."),
    Rule("SUP002", "unsupported", "sentence not supported by the source",
         "A whole sentence the source does not back. A short sentence with no figure, no name "
         "the source lacks and no report of what someone said (\"The catch is debt.\") is a "
         "warning: it may only frame the news.",
         _SRC, "Shares rose 4.2%. Rivals have struggled for months.",
         "Rivals have struggled for months.",
         "Shares rose 4.2%."),
    Rule("SUP003", "unsupported", "a move in the shares the source never reports",
         "The summary says the shares or the stock moved, but the source never speaks of the "
         "share price moving at all: a market reaction added to the story (language models often "
         "add one to summaries of results and calls).",
         "Halvorsen kept its full-year guidance and said it would close two plants in Ohio.",
         "Halvorsen kept its guidance; shares rose in early trading as investors cheered.",
         "shares rose in early trading",
         "Halvorsen kept its guidance and will close two Ohio plants."),
    Rule("SUP004", "unsupported", "a record or a superlative of history the source never claims",
         "The summary calls something a record (\"a record\", \"record high\", \"all-time\", "
         "\"first-ever\") or the largest, highest, best... \"in its history\", \"ever\", \"in a "
         "decade\", \"since 2015\"; the source ranks nothing at all (no record, no history, no "
         "superlative): an overstatement added to a figure. A rank among others (\"the most "
         "profitable railway in the region\", \"the highest among its peers\") needs a source "
         "ranking that names those others.",
         "The adjusted operating margin was 27.4%, up 150 basis points.",
         "The adjusted operating margin reached 27.4%, the highest in the company's history.",
         "highest in the company's history",
         "The adjusted operating margin reached 27.4%, up 150 basis points."),
    Rule("SUP005", "unsupported", "a verdict against analysts' expectations the source never gives",
         "The summary says a result beat, missed or was in line with analysts' expectations, "
         "estimates or the consensus, but the source gives no one's expectations at all (no "
         "consensus, estimates, poll or \"analysts had expected\"); the company's own \"we "
         "expect\" is guidance, not a consensus. A yardstick added to the story.",
         "Operating earnings per share were $2.02, up from $1.83. We expect full-year operating "
         "EPS of $5.60 to $6.00.",
         "Operating EPS of $2.02 topped analyst expectations.", "topped analyst expectations",
         "Operating EPS rose to $2.02 from $1.83."),
    Rule("SUP006", "unsupported", "a mood of investors or markets the source never reports",
         "The summary says investors, markets or shareholders cheered, worried or were reassured, "
         "or sets the story \"amid concerns\" or \"amid uncertainty\", but the source speaks of no "
         "one's mood at all (no concern, worry, fear, confidence, no investors reacting): colour "
         "added to the story.",
         "Nordvik will cut 1,150 jobs and close two mills. It announced a buyback of up to 300 "
         "million euros and kept its dividend at 0.60 euros a share.",
         "Nordvik kept its dividend and announced a buyback, reassuring investors about its debt.",
         "reassuring investors",
         "Nordvik kept its dividend and announced a buyback of up to €300m."),
)
