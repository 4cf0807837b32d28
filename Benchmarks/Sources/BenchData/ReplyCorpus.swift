import Foundation

/// Deterministic rep replies, made by recombining phrases, for the grading benchmark and for the
/// `grade --jsonl` input file. Roughly half the replies use a technique, some show a violation,
/// some are off topic, so the grader takes every kind of path.
public enum ReplyCorpus {
    private static let openers = [
        "I hear how frustrating this is,", "I'm so sorry,", "Honestly,", "Look,", "Thank you for telling me,",
        "That's on me,", "With respect,", "I understand,", "Okay,", "You're right to be upset,", "",
    ]
    private static let middles = [
        "the tray should have been checked before it left our warehouse",
        "I will drive the 3.5 set over myself and stay through the case",
        "that is outside what our contract covers, but here is what I can do",
        "the warehouse messed up, not me",
        "it's not that big a deal, the plates are nearly the same",
        "could we look at the survival curve together and see what it shows",
        "from now on I'll check every loaner set against your case list the night before",
        "I need to step away from this call now, and I'll come back with answers by noon",
        "fine, whatever you want, you can have the blocks for free",
        "you're wrong and you know it",
        "thanks for giving me the chance to put this right",
        "what would a good Saturday look like for your team",
    ]
    private static let closers = [
        ".", "!", ", and I'll confirm it in writing today.", ", if that works for you?", "... sorry if you felt that way.",
        " Again, thank you.", ", and it won't happen again.", "",
    ]
    private static let clients = [
        "The tray was wrong and my patient waited on the table.",
        "Your competitor would cover my Saturdays tomorrow.",
        "Women like you never understand the clinical side.",
        "Nobody called me back yesterday.",
    ]

    /// The `index`-th reply and the client line it answers (nil for about a quarter).
    public static func reply(_ index: Int) -> (text: String, client: String?) {
        var rng = SplitMix(seed: UInt64(index) &* 31 &+ 7)
        var text = openers[rng.next(openers.count)]
        text += (text.isEmpty ? "" : " ") + middles[rng.next(middles.count)]
        if rng.next(3) == 0 { text += ", and " + middles[rng.next(middles.count)] }
        text += closers[rng.next(closers.count)]
        let client = rng.next(4) == 0 ? nil : clients[rng.next(clients.count)]
        return (text, client)
    }

    /// One JSON Lines object per reply: `{"id": "r1", "text": …, "client": …}`.
    public static func jsonLine(_ index: Int) -> String {
        let (text, client) = reply(index)
        var line = "{\"id\":\"r\(index)\",\"text\":\(quoted(text))"
        if let client { line += ",\"client\":\(quoted(client))" }
        return line + "}"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
