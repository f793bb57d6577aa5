import Synchronization

/// What a command worked out, kept until the process ends instead of freed
/// when the command returns. Freeing a batch's analyses, millions of small
/// objects, one at a time on one core took about 40 ms after the reports
/// were written, 3% of a corpus check, for memory the process was about to
/// give back whole. Swift does not free globals at exit.
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
