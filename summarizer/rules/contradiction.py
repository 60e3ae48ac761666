"""Contradiction rules: the summary says the opposite of the source."""

from . import Rule

RULES = (
    Rule("CON001", "contradiction", "direction flipped",
         "The summary says the opposite of the source about the same thing: rose for fell, beat "
         "for missed, raised for cut or kept, buyers for sellers. A move inside a condition (\"if "
         "prices rise\", \"when demand recovers\") is neither a claim nor evidence, and a "
         "guidance verb the source's guidance bears out (\"cut its growth forecast\") is no flip "
         "of the metric it names.",
         "Kestrel trimmed its forecast for sales growth, and its shares fell 3.1%.",
         "Kestrel raised its forecast for sales growth.", "raised its forecast",
         "Kestrel cut its forecast for sales growth."),
    Rule("CON002", "contradiction", "something the source says did not happen",
         "The source says this was not done or is not planned (\"stopping short of\", \"declined "
         "to\", \"we're not running a sale process\", \"not planning a value menu\"); the summary says "
         "it was done or will be.",
         "Sweden's regulator fined Norrvik Bank, stopping short of revoking its banking licence.",
         "The regulator revoked Norrvik's banking licence.", "revoked Norrvik's banking licence",
         "The regulator fined Norrvik Bank but did not revoke its licence."),
    Rule("CON003", "contradiction", "holders swapped",
         "The summary gives one party's stake or position to the other.",
         "After the deal, Northspire investors will own about 63% of the combined company and Qolqa "
         "investors the remaining 37%.",
         "Qolqa shareholders will end up with 63% of the combined group.",
         "Qolqa shareholders will end up with 63%",
         "Northspire shareholders will end up with 63% of the combined group."),
    Rule("CON004", "contradiction", "vote described the wrong way",
         "A unanimous decision for a split vote, or a split for a unanimous one.",
         "The bank held its rate at 2.25% in a 4-1 vote.",
         "The bank unanimously held its rate at 2.25%.", "unanimously",
         "The bank held its rate at 2.25% by a 4-1 vote."),
    Rule("CON005", "contradiction", "buyer and target swapped",
         "The summary has the target buying the acquirer.",
         "Rheinfeld Pharma agreed on Monday to buy Corvana Therapeutics for $7.8 billion.",
         "Corvana Therapeutics agreed to buy Rheinfeld Pharma.",
         "Corvana Therapeutics agreed to buy Rheinfeld Pharma",
         "Rheinfeld Pharma agreed to buy Corvana Therapeutics."),
    Rule("CON006", "contradiction", "the wrong person will lead",
         "The source names someone else to run, lead or chair it.",
         "Northspire chief executive Dalia Ferreira will run the combined company, while Qolqa CEO "
         "Martin Huaman will become vice chair.",
         "Martin Huaman will lead the combined company.",
         "Martin Huaman will lead the combined company",
         "Dalia Ferreira will lead the combined company."),
    Rule("CON007", "contradiction", "partial recovery given as complete",
         "The source says only part was recovered or repaid; the summary says all of it.",
         "Rome rescued the bank with 5.4 billion euros and has so far recovered about 4.6 billion "
         "euros.",
         "Rome has recovered all of the 5.4 billion euros.",
         "recovered all of the 5.4 billion euros",
         "Rome has recovered about 4.6 billion of the 5.4 billion euros."),
    Rule("CON009", "contradiction", "an aim or a plan given as done",
         "The source only says this was hoped for, planned or expected (\"will be looking to win\", "
         "\"aims to close\"); the summary says it happened.",
         "Harlow Rovers will be looking to win the league title for the first time since 1998.",
         "Harlow Rovers went on to win the league title.", "went on to win the league title",
         "Harlow Rovers hope to win the league title."),
    Rule("CON008", "contradiction", "contradicted sentence (NLI backend)",
         "With `--backend nli`, a model judged that the source contradicts this sentence. Offline "
         "backends never report this rule.",
         "", "", "", ""),
    Rule("CON010", "contradiction", "guidance raised, lowered or kept said the wrong way",
         "The summary says the company raised (or cut, or kept) its guidance, but the source says "
         "it was kept (or changed the other way) - in words (\"we are reaffirming our outlook\") or "
         "in figures (a new range beside the old one: the midpoints tell). \"Did not change\" "
         "and \"outlook remains unchanged\" are guidance kept. A summary about the guidance as a whole "
         "(\"lowered its 2025 guidance\") meets the company's guidance statements, not a "
         "market forecast.",
         "Verlund is narrowing its revenue guidance to $8.1 billion to $8.3 billion from $8.0 "
         "billion to $8.4 billion.",
         "Verlund raised its revenue guidance to $8.1 billion to $8.3 billion.",
         "raised its revenue guidance",
         "Verlund narrowed its revenue guidance to $8.1 billion to $8.3 billion."),
    Rule("CON011", "contradiction", "rating move said the wrong way",
         "On an agency's scale a move down is a downgrade (BBB- to BB+), a move up an upgrade. The "
         "summary calls a move the other way, by its own ratings or by the source's.",
         "Fitch Ratings cut Halvard Chemicals to BB+ from BBB- on Monday.",
         "Fitch upgraded Halvard Chemicals to BB+.", "upgraded",
         "Fitch downgraded Halvard Chemicals to BB+."),
    Rule("CON012", "contradiction", "a record the source bounds",
         "The summary calls something the largest (highest, worst...) ever, on record or an "
         "all-time high, where the source says only the largest since a date.",
         "The penalty is the largest the FCA has imposed on a UK bank for anti-money laundering "
         "failures since 2021.",
         "The fine is the largest ever imposed by the FCA on a UK bank.", "largest ever",
         "The fine is the FCA's largest on a UK bank for money laundering failures since 2021."),
    Rule("CON013", "contradiction", "a hedge or condition dropped",
         "The summary states a future or a plan as certain (will, plans to, expects to), while the "
         "source sentence with those words hedges it (could, may, might) or makes it depend on "
         "something (if, unless, \"not our base case\").",
         "\"If February is anywhere near normal, storage could finish March below 1.7 trillion "
         "cubic feet,\" Reyes said.",
         "Reyes said storage will finish March below 1.7 trillion cubic feet.", "will",
         "Reyes said storage could finish March below 1.7 trillion cubic feet if February is "
         "near normal."),
    Rule("CON014", "contradiction", "an approval given as granted that is only sought",
         "The summary says something was approved, cleared or authorised; the source sentence "
         "that says the rest of it has the approval pending (filed for, sought, awaited, still "
         "needed), and no source sentence says it was granted.",
         "Solvane said it had filed for approval of Dermalux in children in the United States, "
         "with a decision expected in the first half of 2026.",
         "U.S. regulators had approved Dermalux for children.", "approved",
         "Solvane has filed for U.S. approval of Dermalux in children."),
    Rule("CON015", "contradiction", "a rating outlook given as another",
         "The summary gives a rating outlook (stable, negative, positive) that the source gives "
         "otherwise for that agency; when the source quotes several agencies, only the outlook "
         "of the agency the summary names counts.",
         "Fitch cut Halberd to BB+. The outlook on the rating is negative, Fitch said. S&P has a "
         "BBB- rating with a stable outlook.",
         "Fitch cut Halberd to BB+ with a stable outlook.", "stable outlook",
         "Fitch cut Halberd to BB+ with a negative outlook."),
    Rule("CON016", "contradiction", "a figure put inside a place the source puts it outside",
         "The summary puts a figure in (or outside) a place; the source puts the same figure "
         "outside (or in) that place, and never the summary's way.",
         "Renfeld will cut 4,800 jobs worldwide by the end of 2027, including 2,600 in Germany.",
         "Renfeld will cut 4,800 jobs, including 2,600 outside Germany.", "outside Germany",
         "Renfeld will cut 4,800 jobs, including 2,600 in Germany."),
    Rule("CON017", "contradiction", "a plan, talks or a possibility given as done",
         "The summary says a deal, a sale, a listing, an award, an opening, an announcement, a "
         "decision, savings delivered or a classification happened; the source sentence that "
         "says the rest of it only has it planned, expected (\"expects the recall to be "
         "classified\"), on track, in talks, under review, applied for or subject to a "
         "condition, and no source sentence says it happened.",
         "Kestrel Bank said it was in talks to acquire payments firm Lumo, but that no agreement "
         "had been signed.",
         "Kestrel Bank has agreed to buy payments firm Lumo.", "has agreed to buy payments firm Lumo",
         "Kestrel Bank is in talks to buy payments firm Lumo."),
    Rule("CON018", "contradiction", "a figure the source gives as unchanged said to have moved",
         "The summary states a figure as the level a move reached (\"raised its dividend to\", "
         "\"inflation rose to\") where the source states it as unchanged (\"unchanged from a year "
         "earlier\", \"the same as\", \"held at\"), or the reverse; the source never states it "
         "the summary's way.",
         "Norrvik proposed a dividend of 4.40 crowns per share, unchanged from a year earlier.",
         "Norrvik raised its dividend to 4.40 crowns per share.",
         "raised its dividend to 4.40",
         "Norrvik kept its dividend at 4.40 crowns per share."),
    Rule("CON019", "contradiction", "a decision said to be expected that most forecasters did not expect",
         "The summary says a decision was what most forecasters expected (\"as most economists "
         "had expected\", \"in line with expectations\"); the source says most of them expected "
         "something else: no change for a move, a move for a hold, or a move of another size. "
         "Not flagged when the source itself calls the decision expected.",
         "The central bank cut its rate by 25 basis points to 11.75%. Eight of 11 economists polled "
         "by Reuters had expected it to hold the rate at 12.00%.",
         "The central bank cut its rate by 25 bp to 11.75%, as most economists had expected.",
         "as most economists had expected",
         "The central bank cut its rate by 25 bp to 11.75%, surprising most economists."),
    Rule("CON020", "contradiction", "an effect the source rules out",
         "The summary says something would (or did) reduce, hit, hurt, weigh on or affect a "
         "thing; the source says it would not affect, or would have no impact on, that same "
         "thing, and nowhere says it has that effect.",
         "Telvara booked a provision of 1.25 billion crowns, which it said would not affect its "
         "proposed 2.40-crown dividend.",
         "Telvara said the provision would reduce its proposed dividend.", "would reduce",
         "Telvara said the provision would not affect its proposed dividend."),
    Rule("CON021", "contradiction", "a figure said to be above or below a range that holds it",
         "The summary says a figure is above (over, outside) or below a range; the source gives "
         "that range, and the figure lies in it, ends included: a price at the top of its range "
         "is in it, not above it.",
         "Carraway priced its IPO at $27 a share, the top of the marketed range of $24 to $27.",
         "Carraway priced its IPO above its range at $27 a share.", "above its range",
         "Carraway priced its IPO at the top of its range, at $27 a share."),
    Rule("CON022", "contradiction", "analyst recommendation moved the wrong way",
         "Stock recommendations sit on one scale: sell (underweight, underperform) below hold "
         "(neutral, equal-weight) below buy (overweight, outperform). The summary says an "
         "analyst upgraded where the source's move from one grade to another is a downgrade, "
         "or gives the move another grade.",
         "Priya Raman, an analyst at Halvorsen & Pike, cut her rating on the stock to 'neutral' "
         "from 'buy'.",
         "Priya Raman upgraded the stock to 'buy'.", "upgraded the stock to 'buy'",
         "Priya Raman downgraded the stock to 'neutral' from 'buy'."),
)
