"""Leftover rules: chatbot text that is not part of a summary."""

from . import Rule

RULES = (
    Rule("LEFT001", "leftover", "chatbot preamble",
         "The answer opens by addressing whoever asked for the summary. Delete it; `finsum clean` "
         "does.", "",
         "Sure! Here's a concise summary of the article: Acme's profit rose 5%.",
         "Sure! Here's a concise summary of the article:", "Acme's profit rose 5%."),
    Rule("LEFT002", "leftover", "chatbot sign-off, offer or question to the reader",
         "The answer ends by talking to its requester (hoping it helps, offering changes, asking a "
         "question). Delete it.", "",
         "Acme's profit rose 5%. I hope this helps! Let me know if you'd like any changes.",
         "I hope this helps! Let me know if you'd like any changes.", "Acme's profit rose 5%."),
    Rule("LEFT003", "leftover", "chatbot note about itself or its summary",
         "A remark about the summary, the model or its limits (\"As an AI language model\", "
         "\"Note: this summary is based on\") is not news. Delete it.", "",
         "Acme's profit rose 5%. Note: this summary is based on the article provided.",
         "Note: this summary is based on the article provided.", "Acme's profit rose 5%."),
    Rule("LEFT004", "leftover", "chatbot framing of the request",
         "A clause that frames the text as an answer about what it was given (\"Based on the "
         "article provided, ...\") is not part of the summary.", "",
         "Based on the article provided, Acme's profit rose 5%.",
         "Based on the article provided,", "Acme's profit rose 5%."),
    Rule("LEFT005", "leftover", "link to the article",
         "\"Read the full article at ...\" and bare URL lines point at the source; they are not "
         "summary text.", "",
         "Acme's profit rose 5%.\nRead the full article at: https://example.com/acme",
         "Read the full article at: https://example.com/acme", "Acme's profit rose 5%."),
    Rule("LEFT006", "leftover", "markdown label or heading",
         "Chat formatting such as \"**Summary:**\" or \"## Key points\" is not part of a summary "
         "published as prose.", "",
         "**Summary:** Acme's profit rose 5%.", "**Summary:**", "Acme's profit rose 5%."),
    Rule("LEFT007", "leftover", "template placeholder left unfilled",
         "\"[Insert date]\" or \"[Your Name]\" is a gap the writer forgot to fill.", "",
         "Acme's profit rose 5% on [Insert date].", "[Insert date]", "Acme's profit rose 5%."),
)
