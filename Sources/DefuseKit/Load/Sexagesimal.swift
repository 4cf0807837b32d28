/// Base-60 integers (`190:20:30`), which YAML 1.1 reads as numbers, computed without trapping.
///
/// Yams computes them with plain `*` and `+`, so a scalar such as `12:1:1:2:1:1:1:09:1:09:1`
/// overflows `Int` and crashes the process (found by the loading fuzzer). The loader computes
/// them here instead, with Yams's result for every value that fits, and treats one that does
/// not fit as text.
enum Sexagesimal {
    /// The value of `text` (`[-+]?digits(:digits)+`, underscores allowed), or nil when it is
    /// not such a number or does not fit in `Int`.
    static func int(_ text: String) -> Int? {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        var value = 0
        var base = 1
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return nil }
        for (position, part) in parts.reversed().enumerated() {
            guard let digit = Int(part.filter { $0 != "_" }) else { return nil }
            let (term, termOverflow) = digit.multipliedReportingOverflow(by: base)
            let (sum, sumOverflow) = value.addingReportingOverflow(term)
            guard !termOverflow, !sumOverflow else { return nil }
            value = sum
            if position < parts.count - 1 {
                let (next, baseOverflow) = base.multipliedReportingOverflow(by: 60)
                guard !baseOverflow else { return nil }
                base = next
            }
        }
        return negative ? -value : value
    }
}
