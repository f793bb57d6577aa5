extension ConflictKind {
    public static let role = ConflictKind(rawValue: "role")
}

/// One person given two posts that cannot both be true: chief executive and
/// chair of the same body, two police ranks, two cabinet posts, two clubs.
///
/// Posts are compared only within one kind (``RoleTitles``), since people
/// hold posts of different kinds at once (a professor who leads an
/// institute). A former post agrees with any other: "former chief
/// executive" is history, not a contradiction. The person must be the same
/// by name on both sides, so near misses are compared too.
public struct RoleConflictRule: ConflictRule {
    public let kind = ConflictKind.role

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let first = roles(pair.first)
        let second = roles(pair.second)
        var result: [Conflict] = []
        for (m, x) in first {
            for (n, y) in second where x.person.isSamePerson(as: y.person) {
                guard !x.former, !y.former, Self.disagree(x, y) else { continue }
                let message = "\(pair.first.article.id) says \(x.person.name) is \(x.spoken), \(pair.second.article.id) says \(y.spoken)"
                result.append(.between(kind, .error, message: message, in: pair, (m, x.description), (n, y.description)))
            }
        }
        return result
    }

    private func roles(_ side: AlignedPair.Side) -> [(Mention, RoleMention)] {
        side.mentions(.role).compactMap { mention in (mention.value.downcast(to: RoleMention.self)).map { (mention, $0) } }
    }

    static func disagree(_ x: RoleMention, _ y: RoleMention) -> Bool {
        let sameBody = RoleMention.sameOrganisation(x.organisation, y.organisation)
        if let a = x.category, let b = y.category, a == b, x.title != y.title {
            return sameBody
        }
        // Two clubs for one player ("Aston Villa goalkeeper", "Arsenal's"):
        // a player plays for one club at a time. Only where one side gives
        // the club alone, since bodies have many
        // names ("Wisconsin GOP", "the Wisconsin Republican Party") and
        // two names for one body must not read as two bodies.
        if let a = x.organisation, let b = y.organisation, !sameBody, (x.title == nil) != (y.title == nil),
            (x.category ?? y.category) == "sport"
        {
            let wordsA = Set(a.lowercased().split(separator: " ")), wordsB = Set(b.lowercased().split(separator: " "))
            return wordsA.isDisjoint(with: wordsB)
        }
        return false
    }
}
