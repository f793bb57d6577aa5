extension MentionKind {
    public static let place = MentionKind(rawValue: "place")
}

/// Where something happened: a place of the gazetteer ("in Bengaluru",
/// "west London") or a named venue ("Southwark Crown Court", "the Capella
/// hotel"). A gazetteer name may stand for several places ("Lalitpur" is a
/// city in India and one in Nepal); all of them are kept.
public struct PlaceMention: MentionValue, Hashable {
    public enum Reference: Hashable, Sendable {
        case places([Gazetteer.Place])
        /// A venue of one kind (`court`, `hotel`, ...) and its name,
        /// lowercased, and the words of the name that tell it from other
        /// venues of its kind ("southwark" of "Southwark Crown Court").
        case venue(type: String, name: String, distinctive: Set<String>)
    }

    public var reference: Reference
    /// The name as the text writes it.
    public var written: String

    public init(reference: Reference, written: String) {
        self.reference = reference
        self.written = written
    }

    /// Whether the gazetteer gives the name more than one place that do not
    /// contain each other.
    public var isAmbiguous: Bool {
        guard case .places(let places) = reference else { return false }
        return places.contains { a in places.contains { b in !a.isCompatible(with: b) } }
    }

    /// The countries the mention may lie in; empty for a venue.
    public var countries: Set<String> {
        guard case .places(let places) = reference else { return [] }
        return Set(places.map(\.country))
    }

    /// `place:IN:Bengaluru` (`place:IN|NP:Lalitpur` when ambiguous), or
    /// `venue:court:southwark crown court`: the value the JSON report shows.
    public var description: String {
        switch reference {
        case .places(let places):
            var countries: [String] = []
            for place in places where !countries.contains(place.country) { countries.append(place.country) }
            return "place:\(countries.joined(separator: "|")):\(places.first?.name ?? written)"
        case .venue(let type, let name, _):
            return "venue:\(type):\(name)"
        }
    }

    /// Two mentions say the same when one place or venue can be both.
    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: PlaceMention.self) else { return false }
        return isCompatible(with: other) ?? false
    }

    /// true when the two can be one place (or one contains the other),
    /// false when they cannot, nil when they are not comparable: a venue and
    /// a town, or venues of different kinds.
    public func isCompatible(with other: PlaceMention) -> Bool? {
        switch (reference, other.reference) {
        case (.places(let a), .places(let b)):
            return a.contains { x in b.contains { y in x.isCompatible(with: y) } }
        case (.venue(let typeA, let nameA, let wordsA), .venue(let typeB, let nameB, let wordsB)):
            guard typeA == typeB else { return nil }
            return nameA == nameB || !wordsA.isDisjoint(with: wordsB)
        default:
            return nil
        }
    }

    /// For messages: "Bengaluru (India)", "South Africa", "Lalitpur (India
    /// or Nepal)", "Southwark Crown Court".
    public func spoken(in gazetteer: Gazetteer) -> String {
        guard case .places(let places) = reference, let first = places.first else { return written }
        var countries: [String] = []
        for place in places where !countries.contains(place.country) { countries.append(place.country) }
        if first.kind == .country, countries.count == 1 { return first.name }
        return "\(written) (\(countries.map { gazetteer.countryName($0) }.joined(separator: " or ")))"
    }
}
