/// The five public articles the rubric and the scenarios are grounded in, named by the file each
/// is stored under (`shared/seeds/`), with the title a trainer can cite or look up.
///
/// Technique and scenario files cite an article by its file name (`003_2a9fd4111b3a9569.txt`),
/// which is stable but means nothing to a reader; ``describe(_:)`` turns every such name in a
/// `source:` text into the article's title followed by the file name, for the cards
/// `defuse techniques` prints (review10, finding 15). Two of the articles carry no title of their
/// own; they are described by their subject instead, and say so.
public enum SourceArticle {
    /// Each seed file name with what a card prints for it.
    public static let titles: [(file: String, title: String)] = [
        ("000_6ded3f9ff0aaef43.txt", "“3 Essential Steps to Protect Medical Sales Reps from Toxic Clients”"),
        ("001_958bb338a34146a7.txt", "“How Sales Managers Can Best Handle Client Terminations”"),
        (
            "002_0d405a1cb6a815dc.txt",
            "an untitled article on difficult customers (Bilbo and the dragon Smaug)"
        ),
        ("003_2a9fd4111b3a9569.txt", "an untitled article on mistakes in medical device sales"),
        (
            "004_60e86e2c64157ca5.txt",
            "“Are You Really Respecting Your Customers?” (How to Develop Salespeople)"
        ),
    ]

    /// The title printed for a seed file name, or nil for a name that is not one of the five.
    public static func title(of file: String) -> String? {
        titles.first { $0.file == file }?.title
    }

    /// `source` with every seed file it cites, with or without a `seeds/` folder in front, shown
    /// as the article's title and then its file as the project cites it (`seeds/…`), not a
    /// bracketed hash (review12); the rest of the text (what the file draws from the article, a
    /// trainer's own note) is left as written.
    ///
    /// `describe("003_2a9fd4111b3a9569.txt")` is
    /// `"an untitled article on mistakes in medical device sales, seeds/003_2a9fd4111b3a9569.txt"`.
    public static func describe(_ source: String) -> String {
        var text = ""
        var rest = Substring(source)
        scanning: while let first = rest.first {
            for (file, title) in titles {
                for cited in ["seeds/" + file, file] where rest.hasPrefix(cited) {
                    text += "\(title), seeds/\(file)"
                    rest = rest.dropFirst(cited.count)
                    continue scanning
                }
            }
            text.append(first)
            rest = rest.dropFirst()
        }
        return text
    }
}
