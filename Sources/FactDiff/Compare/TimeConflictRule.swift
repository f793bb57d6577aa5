extension ConflictKind {
    public static let time = ConflictKind(rawValue: "time")
}

/// Two aligned sentences that put the same event at different times of day.
/// Two sentences that each follow one of two aligned sentences in its
/// paragraph (``FollowingSentences``) and hold one clock time each are
/// compared as if aligned: the time of an event is often told in a short
/// sentence of its own right after it ("The two met at 8.18am.").
///
/// Each time is a span of minutes (its hedge widens it; a clock that did not
/// say am or pm is two spans twelve hours apart), and two times disagree
/// when their spans do not meet. A plain contradiction between two unhedged
/// clock times is an error; anything a hedge, a part of the day or an
/// offset taken from a place leaves room for is a warning.
///
/// Zones decide whether two times can be compared at all. Two times with
/// known offsets are compared in UTC ("12:34 GMT" and "18:04 India Standard
/// Time" agree). Two times in no stated zone, or in "local time", are taken
/// to be in the same zone, the event's. A time in a stated zone against one
/// in local time is compared only when an offset for the local time is known
/// (from a place in its sentence): otherwise any difference of whole hours
/// could be the zones', and a report of it would more often be wrong than
/// right, so nothing is reported.
public struct TimeConflictRule: ConflictRule {
    public let kind = ConflictKind.time

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let first = pair.first.mentions(.time)
        let second = pair.second.mentions(.time)
        guard !first.isEmpty, !second.isEmpty else { return [] }
        var result: [Conflict] = []
        // A lone clock time against another pairs without shared context;
        // a part of the day is too vague to pair on the alignment alone.
        let clocks = (first + second).allSatisfy { ($0.value.downcast(to: TimeMention.self))?.minute != nil }
        let aligned = pair.aligned || (pair.followsAlignment && clocks && first.count == 1 && second.count == 1)
        for (m, n) in MentionPairing.pairs(first, in: pair.first, second, in: pair.second, aligned: aligned, lonePairAligns: clocks) {
            guard let x = m.value.downcast(to: TimeMention.self), let y = n.value.downcast(to: TimeMention.self),
                let severity = Self.disagreement(x, y)
            else { continue }
            let message = EventPhrase.message(pair, x.spoken, y.spoken, near: m)
            result.append(.between(kind, severity, message: message, in: pair, (m, x.description), (n, y.description)))
        }
        return result
    }

    /// nil when the two can be the same moment; otherwise how sure the
    /// disagreement is.
    static func disagreement(_ x: TimeMention, _ y: TimeMention) -> Severity? {
        switch (x.minute, y.minute) {
        case (.some, .some):
            return clockDisagreement(x, y)
        case (.some, nil):
            return partDisagreement(clock: x, part: y)
        case (nil, .some):
            return partDisagreement(clock: y, part: x)
        case (nil, nil):
            guard let a = x.partOfDay, let b = y.partOfDay, x.day == y.day else { return nil }
            return gap(Self.span(of: a), Self.span(of: b)) > 0 ? .warning : nil
        }
    }

    private static func clockDisagreement(_ x: TimeMention, _ y: TimeMention) -> Severity? {
        var shiftX = 0
        var shiftY = 0
        if let ox = x.utcOffset, let oy = y.utcOffset {
            shiftX = -ox
            shiftY = -oy
        } else if isStated(x.zone) || isStated(y.zone) {
            guard x.zone == y.zone else { return nil }
        }
        let apart = spans(of: x, shift: shiftX).flatMap { a in spans(of: y, shift: shiftY).map { gap(a, $0) } }.min() ?? 0
        guard apart > 0 else { return nil }
        let plain = x.hedge == .exact && y.hedge == .exact && !x.offsetFromPlace && !y.offsetFromPlace
        return plain ? .error : .warning
    }

    /// A clock time against a part of the day: only in the event's own
    /// zone, and with an hour's slack either side, since "evening" and
    /// "night" have no agreed edges.
    private static func partDisagreement(clock: TimeMention, part: TimeMention) -> Severity? {
        guard let name = part.partOfDay, !isStated(clock.zone) else { return nil }
        let (lo, hi) = span(of: name)
        let widened = (lo - 60, hi + 60)
        let apart = spans(of: clock, shift: 0).map { gap($0, widened) }.min() ?? 0
        return apart > 0 ? .warning : nil
    }

    /// A zone other than "local time".
    private static func isStated(_ zone: String?) -> Bool { zone != nil && zone != "local" }

    /// The minutes a clock time may stand for, in each reading of its half
    /// of the day. A round unhedged time ("at 10am") is given five minutes
    /// either way: reporters round to the quarter hour.
    static func spans(of time: TimeMention, shift: Int) -> [(Int, Int)] {
        guard let minute = time.minute else { return [] }
        let wide = minute % 60 == 0 ? 30 : 15
        var span: (Int, Int)
        switch time.hedge {
        case .exact:
            span = minute % 15 == 0 ? (minute - 5, minute + 5) : (minute, minute)
        case .about: span = (minute - wide, minute + wide)
        case .shortlyAfter: span = (minute, minute + wide)
        case .shortlyBefore: span = (minute - wide, minute)
        case .after: span = (minute, minute + 180)
        case .before: span = (minute - 180, minute)
        }
        span = (span.0 + shift, span.1 + shift)
        return time.eitherHalfOfDay ? [span, (span.0 + 720, span.1 + 720)] : [span]
    }

    /// Minutes after midnight; night runs past the next midnight.
    static func span(of part: TimeMention.PartOfDay) -> (Int, Int) {
        switch part {
        case .earlyHours: return (0, 360)
        case .morning: return (300, 720)
        case .afternoon: return (720, 1080)
        case .evening: return (1020, 1380)
        case .night: return (1140, 1800)
        }
    }

    /// Minutes between two spans on the day's circle; 0 when they meet.
    static func gap(_ a: (Int, Int), _ b: (Int, Int)) -> Int {
        [-1440, 0, 1440].map { shift in max(0, max(a.0, b.0 + shift) - min(a.1, b.1 + shift)) }.min()!
    }
}
