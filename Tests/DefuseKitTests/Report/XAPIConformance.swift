import Foundation

/// Checks a statement (as parsed JSON) against the requirements of the xAPI 1.0.3
/// specification, part two ("Experience API Data"), for the properties Defuse uses. Returns
/// every violation found, as a message with the property path; an empty list means conformant.
///
/// Covered: allowed and required properties (an LRS rejects unknown ones), UUID ids, an Agent
/// with exactly one inverse functional identifier, IRIs, language maps, the score rules (scaled
/// in −1…1, raw within min…max, min < max), booleans, ISO 8601 durations and timestamps.
enum XAPIConformance {
    static func problems(_ statement: [String: Any]) -> [String] {
        var found: [String] = []
        func fail(_ message: String) { found.append(message) }
        allowedKeys(
            statement,
            [
                "id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                "authority", "version", "attachments",
            ], "statement", fail)
        for key in ["actor", "verb", "object"] where statement[key] == nil {
            fail("statement.\(key) is required")
        }
        if let id = statement["id"] { if !isUUID(id) { fail("statement.id is not a UUID: \(id)") } }
        if let actor = statement["actor"] as? [String: Any] {
            agent(actor, fail)
        } else {
            fail("actor is not an object")
        }
        if let verb = statement["verb"] as? [String: Any] {
            allowedKeys(verb, ["id", "display"], "verb", fail)
            if !isIRI(verb["id"]) { fail("verb.id is not an IRI") }
            if let display = verb["display"] { languageMap(display, "verb.display", fail) }
        } else {
            fail("verb is not an object")
        }
        if let object = statement["object"] as? [String: Any] {
            activity(object, fail)
        } else {
            fail("object is not an object")
        }
        if let result = statement["result"] { self.result(result, fail) }
        if let context = statement["context"] as? [String: Any] {
            allowedKeys(
                context,
                [
                    "registration", "instructor", "team", "contextActivities", "revision", "platform",
                    "language", "statement", "extensions",
                ], "context", fail)
            if let platform = context["platform"], !(platform is String) {
                fail("context.platform is not a string")
            }
            if let language = context["language"], !isLanguageTag(language) {
                fail("context.language is not a tag")
            }
            if let registration = context["registration"], !isUUID(registration) {
                fail("context.registration is not a UUID: \(registration)")
            }
            if let activities = context["contextActivities"] {
                if let activities = activities as? [String: Any] {
                    allowedKeys(
                        activities, ["parent", "grouping", "category", "other"], "context.contextActivities",
                        fail)
                    for (key, value) in activities {
                        // An array of Activities (a single Activity is allowed too).
                        let list = value as? [Any] ?? [value]
                        if list.isEmpty { fail("context.contextActivities.\(key) is empty") }
                        for item in list {
                            if let item = item as? [String: Any] {
                                activity(item, fail)
                            } else {
                                fail("context.contextActivities.\(key) holds a non-object")
                            }
                        }
                    }
                } else {
                    fail("context.contextActivities is not an object")
                }
            }
            if let extensions = context["extensions"] {
                self.extensions(extensions, "context.extensions", fail)
            }
        } else if statement["context"] != nil {
            fail("context is not an object")
        }
        if let timestamp = statement["timestamp"] {
            if !isTimestamp(timestamp) { fail("timestamp is not ISO 8601") }
        }
        return found
    }

    private static func agent(_ actor: [String: Any], _ fail: (String) -> Void) {
        allowedKeys(
            actor, ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"], "actor", fail)
        if let type = actor["objectType"], type as? String != "Agent" {
            fail("actor.objectType is not Agent")
        }
        if let name = actor["name"], !(name is String) { fail("actor.name is not a string") }
        let ifis = ["mbox", "mbox_sha1sum", "openid", "account"].filter { actor[$0] != nil }
        if ifis.count != 1 { fail("actor has \(ifis.count) inverse functional identifiers, not exactly one") }
        if let mbox = actor["mbox"] as? String, !mbox.hasPrefix("mailto:") {
            fail("actor.mbox is not a mailto IRI")
        }
        if let account = actor["account"] {
            guard let account = account as? [String: Any] else {
                return fail("actor.account is not an object")
            }
            allowedKeys(account, ["homePage", "name"], "actor.account", fail)
            if !isIRI(account["homePage"]) { fail("actor.account.homePage is not an IRL") }
            if (account["name"] as? String)?.isEmpty != false { fail("actor.account.name is not a string") }
        }
    }

    private static func activity(_ object: [String: Any], _ fail: (String) -> Void) {
        allowedKeys(object, ["objectType", "id", "definition"], "object", fail)
        if let type = object["objectType"], type as? String != "Activity" {
            fail("object.objectType is not Activity")
        }
        if !isIRI(object["id"]) { fail("object.id is not an IRI") }
        guard let definition = object["definition"] else { return }
        guard let definition = definition as? [String: Any] else {
            return fail("object.definition is not an object")
        }
        allowedKeys(
            definition,
            [
                "name", "description", "type", "moreInfo", "extensions", "interactionType",
                "correctResponsesPattern", "choices", "scale", "source", "target", "steps",
            ], "object.definition", fail)
        if let name = definition["name"] { languageMap(name, "object.definition.name", fail) }
        if let description = definition["description"] {
            languageMap(description, "object.definition.description", fail)
        }
        if let type = definition["type"], !isIRI(type) { fail("object.definition.type is not an IRI") }
    }

    private static func result(_ value: Any, _ fail: (String) -> Void) {
        guard let result = value as? [String: Any] else { return fail("result is not an object") }
        allowedKeys(
            result, ["score", "success", "completion", "response", "duration", "extensions"], "result", fail)
        for key in ["success", "completion"] where result[key] != nil && !isBool(result[key]) {
            fail("result.\(key) is not a boolean")
        }
        if let duration = result["duration"] {
            if !isDuration(duration) { fail("result.duration is not ISO 8601") }
        }
        guard let score = result["score"] else { return }
        guard let score = score as? [String: Any] else { return fail("result.score is not an object") }
        allowedKeys(score, ["scaled", "raw", "min", "max"], "result.score", fail)
        let number = { (key: String) -> Double? in
            (score[key] as? NSNumber).flatMap { isBool($0) ? nil : $0.doubleValue }
        }
        for key in ["scaled", "raw", "min", "max"] where score[key] != nil && number(key) == nil {
            fail("result.score.\(key) is not a number")
        }
        if let scaled = number("scaled"), !(-1...1).contains(scaled) {
            fail("result.score.scaled outside -1…1")
        }
        if let min = number("min"), let max = number("max"), !(min < max) {
            fail("result.score.min is not below max")
        }
        if let raw = number("raw") {
            if let min = number("min"), raw < min { fail("result.score.raw below min") }
            if let max = number("max"), raw > max { fail("result.score.raw above max") }
        }
    }

    private static func extensions(_ value: Any, _ path: String, _ fail: (String) -> Void) {
        guard let extensions = value as? [String: Any] else { return fail("\(path) is not an object") }
        for key in extensions.keys where !isIRI(key) { fail("\(path) key \(key) is not an IRI") }
    }

    private static func languageMap(_ value: Any, _ path: String, _ fail: (String) -> Void) {
        guard let map = value as? [String: Any], !map.isEmpty else {
            return fail("\(path) is not a language map")
        }
        for (tag, text) in map {
            if !isLanguageTag(tag) { fail("\(path) key \(tag) is not an RFC 5646 tag") }
            if !(text is String) { fail("\(path).\(tag) is not a string") }
        }
    }

    private static func allowedKeys(
        _ object: [String: Any], _ allowed: Set<String>, _ path: String, _ fail: (String) -> Void
    ) {
        for key in object.keys where !allowed.contains(key) { fail("\(path) has an unknown property \(key)") }
    }

    static func isUUID(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(
            of: /[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/.ignoresCase())
            != nil
    }

    static func isIRI(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`]+/) != nil
    }

    static func isLanguageTag(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*/) != nil
    }

    static func isDuration(_ value: Any?) -> Bool {
        guard let text = value as? String, text != "P", text != "PT", !text.hasSuffix("T") else {
            return false
        }
        return text.wholeMatch(of: /P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?/) != nil
    }

    static func isTimestamp(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/) != nil
    }

    static func isBool(_ value: Any?) -> Bool {
        guard let number = value as? NSNumber else { return false }
        // JSONSerialization boxes `true`/`false` as a boolean NSNumber of type "c"; numbers are not.
        return String(cString: number.objCType) == "c"
    }
}
