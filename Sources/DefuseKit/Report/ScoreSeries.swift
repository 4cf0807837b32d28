import Foundation

/// A rep's scores over time for the HTML chart, in bounded memory however long the history.
///
/// Attempts are added oldest first. Each of the first `capacity` attempts is a point of its
/// own; past that, neighbouring points merge in pairs and every later point gathers twice as
/// many attempts, so a rep with 4,000 attempts is drawn from at most `capacity` points, each
/// with its attempts' mean, lowest and highest score. Memory is `capacity` points per rep.
struct ScoreSeries: Sendable {
    /// Consecutive attempts drawn as one point.
    struct Point: Sendable {
        var first: Date
        var last: Date
        var finished = 0
        var finishedSum = 0
        var low = Int.max
        var high = Int.min
        var abandoned = 0
        var abandonedSum = 0
        /// The scenario and outcome of the point's one attempt (for its tooltip).
        var scenario: String
        var outcome: String

        var attempts: Int { finished + abandoned }
        /// The middle of the point's dates.
        var date: Date { first.addingTimeInterval(last.timeIntervalSince(first) / 2) }
        var mean: Int? { finished == 0 ? nil : Int((Double(finishedSum) / Double(finished)).rounded()) }
        var abandonedMean: Int? {
            abandoned == 0 ? nil : Int((Double(abandonedSum) / Double(abandoned)).rounded())
        }

        mutating func add(score: Int, abandoned isAbandoned: Bool, date: Date) {
            last = max(last, date)
            if isAbandoned {
                abandoned += 1
                abandonedSum += score
            } else {
                finished += 1
                finishedSum += score
                low = min(low, score)
                high = max(high, score)
            }
        }

        mutating func merge(_ other: Point) {
            first = min(first, other.first)
            last = max(last, other.last)
            finished += other.finished
            finishedSum += other.finishedSum
            low = min(low, other.low)
            high = max(high, other.high)
            abandoned += other.abandoned
            abandonedSum += other.abandonedSum
        }
    }

    let capacity: Int
    private(set) var points: [Point] = []
    /// Attempts per point from now on (doubles each time the points merge).
    private var perPoint = 1

    init(capacity: Int = 120) { self.capacity = max(2, capacity) }

    mutating func add(_ attempt: AttemptRecord) {
        let date = attempt.started
        if let last = points.indices.last, points[last].attempts < perPoint {
            points[last].add(score: attempt.score, abandoned: attempt.isAbandoned, date: date)
            return
        }
        var point = Point(first: date, last: date, scenario: attempt.scenario, outcome: attempt.outcome)
        point.add(score: attempt.score, abandoned: attempt.isAbandoned, date: date)
        points.append(point)
        if points.count > capacity {
            points = stride(from: 0, to: points.count, by: 2).map { index in
                var merged = points[index]
                if index + 1 < points.count { merged.merge(points[index + 1]) }
                return merged
            }
            perPoint *= 2
        }
    }
}
