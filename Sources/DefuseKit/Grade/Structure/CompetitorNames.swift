/// The competitors a scenario names, read from its own text (summary, client lines, narration,
/// hints, models and debriefs), so that "Meridian's nails are junk" or "the Halvern guy is a
/// liar" is read as running a competitor down in the scenario that names Meridian or Halvern,
/// without a list of company names in the grader.
///
/// A capitalised word counts as a competitor where the text uses it as one: before "rep" or a
/// product ("the Meridian rep", "Meridian's cage"), as the subject of an undercut price
/// ("Halvern is eleven percent under you"), or after "competitor" or "rival", and capitalised
/// somewhere inside a sentence (a word that opens one is capitalised anyway). The persona's own
/// names, the rep's own products ("your Apexa cage") and a few function words never count.
enum CompetitorNames {
    static func named(in scenario: Scenario) -> Set<String> {
        var texts = [scenario.summary]
        for node in scenario.nodes.values {
            texts += [node.say, node.narrate, node.hint, node.model, node.debrief].compactMap { $0 }
        }
        let persona = Set(words(of: scenario.persona.name).map { $0.lowercased() })
        var names = Set<String>()
        var own = Set<String>()
        var proper = Set<String>()
        for text in texts {
            let list = words(of: text)
            names.formUnion(named(inWords: list))
            own.formUnion(owned(inWords: list))
            proper.formUnion(capitalisedInside(text))
        }
        // A name is capitalised somewhere inside a sentence too: "Free loaners …" is a word.
        return names.intersection(proper).subtracting(persona).subtracting(own).subtracting(notNames)
    }

    /// The words `text` capitalises where no sentence starts, in lower case (possessives bare).
    static func capitalisedInside(_ text: String) -> Set<String> {
        var found = Set<String>()
        for sentence in text.split(whereSeparator: { ".!?;:\n\"“”()".contains($0) }) {
            for word in words(of: String(sentence)).dropFirst() {
                guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first) else { continue }
                let bare = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
                found.insert(bare.lowercased())
            }
        }
        return found
    }

    /// Capitalised words the text gives to the rep's side: "your Apexa cage", "our Velo stapler".
    static func owned(inText text: String) -> Set<String> {
        owned(inWords: words(of: text))
    }

    /// ``owned(inText:)`` of a text already split by ``words(of:)``.
    static func owned(inWords list: [String]) -> Set<String> {
        var names = Set<String>()
        for index in list.indices.dropFirst() where ["your", "our"].contains(list[index - 1].lowercased()) {
            if let first = list[index].unicodeScalars.first, ("A"..."Z").contains(first) {
                names.insert(list[index].lowercased())
            }
        }
        return names
    }

    /// The competitor names of one text, in lower case.
    static func named(inText text: String) -> Set<String> {
        named(inWords: words(of: text))
    }

    /// ``named(inText:)`` of a text already split by ``words(of:)``.
    static func named(inWords list: [String]) -> Set<String> {
        var names = Set<String>()
        for (index, word) in list.enumerated() {
            guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first), word.count > 2 else {
                continue
            }
            var name = word
            var possessive = false
            if name.hasSuffix("'s") || name.hasSuffix("’s") {
                name = String(name.dropLast(2))
                possessive = true
            }
            let after = list[(index + 1)...].prefix(4).map { $0.lowercased() }
            let before = index > 0 ? list[index - 1].lowercased() : ""
            // "Halvern is eleven percent under you", "Meridian is 31% below".
            let undercuts =
                !possessive && ["is", "are"].contains(after.first ?? "")
                && after.dropFirst().contains { $0 == "percent" || $0.hasSuffix("%") }
                && after.dropFirst().contains { ["under", "below", "cheaper"].contains($0) }
            let asCompany =
                (after.first.map { products.contains($0) } ?? false) || undercuts
                || ["competitor", "competitor's", "rival", "rival's"].contains(before)
            if asCompany { names.insert(name.lowercased()) }
        }
        return names
    }

    /// The text's words, split at spaces and punctuation other than apostrophes and hyphens.
    static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "%") }
            .map(String.init)
    }

    /// Words after a company's name that show it is one: its rep or a product.
    static let products: Set<String> = [
        "rep", "reps", "representative", "cage", "cages", "nail", "nails", "balloon", "balloons", "stapler",
        "staplers", "reload", "reloads", "sheath", "sheaths", "stent", "stents", "lead", "leads", "pacemaker",
        "pacemakers", "plate", "plates", "screws", "system", "systems", "product", "products", "device",
        "devices", "price", "prices", "pricing", "quote", "offer", "implant", "implants", "catheter",
        "catheters", "data", "study",
    ]

    /// Capitalised words that are never a company's name.
    static let notNames: Set<String> = [
        "the", "your", "our", "his", "her", "their", "this", "that", "and", "but", "you", "she", "they",
        "dr", "mr", "mrs", "ms", "its",
    ]
}
