extension MentionKind {
    public static let ordinal = MentionKind(rawValue: "ordinal")
}

/// An ordinal with the thing it counts: "his 26th World Cup match" is rank
/// 26 of "match". Without the head noun an ordinal cannot be compared: "the
/// third" of what?
public struct OrdinalMention: MentionValue, Hashable {
    public var rank: Int
    /// The noun counted, lowercased as written ("match", "country").
    public var head: String
    /// The words between the ordinal and its head ("world", "cup").
    public var modifiers: [String]
    /// Content words of the rest of the clause ("land", "spacecraft",
    /// "lunar", "south", "pole" in "the first country to land a spacecraft
    /// near the lunar south pole"): what the count is restricted to.
    public var qualifiers: [String]

    public init(rank: Int, head: String, modifiers: [String] = [], qualifiers: [String] = []) {
        self.rank = rank
        self.head = head
        self.modifiers = modifiers
        self.qualifiers = qualifiers
    }

    /// `ordinal:26 match`.
    public var description: String { "ordinal:\(rank) \(head)" }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: OrdinalMention.self) else { return false }
        return rank == other.rank && head == other.head
    }

    /// "26th World Cup match".
    public var spoken: String {
        ([Self.numbered(rank)] + modifiers + [head]).joined(separator: " ")
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 21st.
    static func numbered(_ rank: Int) -> String {
        let suffix: String
        switch (rank % 10, rank % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(rank)\(suffix)"
    }
}
