"""Entity rules: people, companies, places, tickers and the roles the source gives them."""

from . import Rule

_SRC = ("Kestrel Retail chief executive Helen Marsh said the group would open 70 stores. Finance "
        "director Owen Pryce said wage costs would rise. Analysts at Barlow Securities had expected "
        "a weaker year.")

RULES = (
    Rule("ENT001", "entity", "name not in the source",
         "The summary names a person, company or place the source never mentions.",
         _SRC, "Chief executive Mark Delaney said the group would open 70 stores.", "Mark Delaney",
         "Chief executive Helen Marsh said the group would open 70 stores."),
    Rule("ENT002", "entity", "another name from the source belongs here",
         "The summary puts a name where the source has a different one.",
         "Goldman Sachs advised Meridian, while Lazard advised Tallis.",
         "Morgan advised Meridian.", "Morgan",
         "Goldman Sachs advised Meridian."),
    Rule("ENT003", "entity", "name that cannot be verified (warning)",
         "A single capitalised word the source does not use and that no source name explains, "
         "or a name made of ordinary words and acronyms that the source writes, each, but not "
         "together (\"an FDA Form 483\" for \"a Form 483 ... an FDA inspection\"). Check it by "
         "hand.",
         "The group would open 70 stores this year, the company said.",
         "Zephyr would open 70 stores this year.", "Zephyr",
         "The group would open 70 stores this year."),
    Rule("ENT004", "entity", "person given another role",
         "The source gives this person a different job title.",
         _SRC, "Chief executive Owen Pryce said wage costs would rise.", "Chief executive Owen Pryce",
         "Finance director Owen Pryce said wage costs would rise."),
    Rule("ENT005", "entity", "role belongs to someone else",
         "The source gives this person no role, but gives the summary's role to another person: "
         "a warning, as the two may work for different organisations; an error when the source "
         "says this person left the post (a predecessor, a former holder, one who resigned).",
         "Chief executive Helen Marsh opened the meeting. Owen Pryce spoke later.",
         "Chief executive Owen Pryce spoke later.", "Chief executive Owen Pryce",
         "Owen Pryce spoke later."),
    Rule("ENT006", "entity", "statement attributed to the wrong person",
         "The source has someone else say this.",
         "Chief Executive Karsten Holm said the results were strong. Chief Financial Officer Line "
         "Bergstrom said the global container ship fleet would expand by about 10%, putting "
         "pressure on rates in 2026.",
         "Karsten Holm said the fleet would grow by about 10%, putting pressure on rates.",
         "Karsten Holm",
         "Line Bergstrom said the fleet would grow by about 10%, putting pressure on rates."),
    Rule("ENT007", "entity", "name with another number (index, model)",
         "The source names this only with another number: FTSE 250 is not FTSE 100.",
         "The FTSE 250 company said its order book shrank.",
         "The FTSE 100 company said its order book shrank.", "FTSE 100",
         "The FTSE 250 company said its order book shrank."),
    Rule("ENT008", "entity", "person placed at another organisation",
         "The source gives this person another employer or affiliation.",
         "\"Demand is weak,\" said Rodrigo Fuentes, a mining analyst at Banco Andino. Cochilco cut "
         "its forecast.",
         "Rodrigo Fuentes, an analyst at Cochilco, said demand is weak.", "Cochilco",
         "Rodrigo Fuentes, an analyst at Banco Andino, said demand is weak."),
    Rule("ENT009", "entity", "credit rating given to the wrong agency",
         "Moody's writes ratings as Baa1 (Aaa to C); S&P and Fitch as BBB+ (AAA to D). The summary "
         "puts a rating beside an agency whose scale it is not on, or beside another agency than "
         "the one the source gives it to.",
         "Rheinvolt is rated BBB+ by S&P Global and Baa1 by Moody's.",
         "Rheinvolt carries a Baa1 rating from S&P.", "S&P",
         "Rheinvolt carries a Baa1 rating from Moody's and BBB+ from S&P."),
    Rule("ENT010", "entity", "post given to another person",
         "The source appoints someone else to this role (\"named Denise Whitaker as chief "
         "operating officer, replacing Alan Pruitt\"); the summary gives it to a person the "
         "source never appoints.",
         "Brackenridge named Denise Whitaker as chief operating officer, replacing Alan Pruitt, "
         "who is retiring.",
         "Brackenridge named Alan Pruitt as its new chief operating officer.", "Alan Pruitt",
         "Brackenridge named Denise Whitaker as its new chief operating officer."),
    Rule("ENT011", "entity", "part in a decision given to another person",
         "The source names someone else as the dissenter or as the author of the majority "
         "opinion, and never the summary's person.",
         "The board voted 4-1 for the increase, with board member Tomas Echeverria favouring a "
         "smaller hike. Felipe Araya, an economist at BancoSur, expects another hike in October.",
         "Felipe Araya dissented in favour of a smaller hike.", "Felipe Araya",
         "Tomas Echeverria dissented in favour of a smaller hike."),
    Rule("ENT012", "entity", "an analyst's suggestion given as the company's",
         "In a call transcript, the summary's sentence is found in an analyst's question or "
         "suggestion, clearly more than in anything an executive says, and the summary does not "
         "say that an analyst asked or that the idea was turned down.",
         "Priya Raman -- Analyst: Given CET1 at 11.2%, it seems like you could double the "
         "buyback pace in the back half. Is that on the table?\nAlicia Brandt -- Chief "
         "Financial Officer: We're comfortable with the current pace.",
         "Management signaled it could double the buyback pace in the back half, given CET1 at "
         "11.2%.",
         "Management signaled it could double the buyback pace in the back half, given CET1 at "
         "11.2%.",
         "An analyst asked whether the buyback pace could double; the CFO said the current pace "
         "suits the bank."),
    Rule("ENT013", "entity", "company or person given another nationality or home",
         "The summary puts a nationality or \"<place>-based\" right before a name (\"Dutch "
         "rival Optikon\", \"Mumbai-based Banyan Peak\"), and every time the source does so, "
         "it gives that name another one.",
         "The probe began after a complaint by German rival Optikon GmbH against Dutch "
         "equipment maker Brenmark.",
         "The probe followed a complaint by Dutch rival Optikon.", "Dutch",
         "The probe followed a complaint by German rival Optikon."),
    Rule("ENT014", "entity", "a name of the source put in another's place",
         "The name is in the source, but the source sentence that holds the rest of the clause "
         "(with its figures) names another company or person after the same preposition, and no "
         "sentence with this name says the same.",
         "Castellan sold a 40% stake in its tower unit to infrastructure fund Alpenbrook Partners "
         "for 3.3 billion euros last year. Bookrunners for the bond included Helmsbach Bank.",
         "Castellan sold a 40% stake in its tower unit to Helmsbach Bank last year.",
         "Helmsbach Bank",
         "Castellan sold a 40% stake in its tower unit to Alpenbrook Partners last year."),
    Rule("ENT015", "entity", "an organisation given another's description",
         "The summary writes a kind of party before a name (\"pension fund X\", \"private equity "
         "owner Y\") that the source gives another name, while the source describes the "
         "summary's name as another kind of party: one party's description on another's name.",
         "The offering includes shares sold by private equity owner Skarvet Partners. Pension "
         "fund Vestland Pensjon has committed to buy shares as a cornerstone investor.",
         "The pension fund Skarvet Partners has committed to buy shares.",
         "pension fund Skarvet Partners",
         "Pension fund Vestland Pensjon has committed to buy shares."),
    Rule("ENT016", "entity", "the lead part given to another party",
         "The summary says something was led (co-led, headed, spearheaded, anchored) by a name "
         "the source gives, while the source has other names lead it and never this one.",
         "The round was led by growth investor Halvard Capital, with participation from "
         "existing backers Nordvik Ventures and Arcturus Partners.",
         "The round was led by Nordvik Ventures.",
         "Nordvik Ventures",
         "The round was led by Halvard Capital."),
)
