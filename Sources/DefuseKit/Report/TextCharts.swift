/// Small charts made of characters, for the table report.
public enum TextCharts {
    /// A bar of `width` cells for a share 0…1, followed by the percentage: `█████░░░░░ 52%`.
    public static func bar(_ share: Double, width: Int = 10) -> String {
        let clamped = min(1, max(0, share.isNaN ? 0 : share))
        let filled = Int((clamped * Double(width)).rounded())
        let percent = Int((clamped * 100).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            + " " + String(repeating: " ", count: 3 - String(percent).count) + "\(percent)%"
    }

    /// One block per score (0…100, on a fixed scale so trends compare between reps): `▁▃▅▇`.
    /// Only the last `limit` scores are drawn.
    public static func sparkline(_ scores: [Int], limit: Int = 20) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(
            scores.suffix(limit).map { score in
                blocks[min(7, max(0, score * 8 / 101))]
            })
    }
}
