import FactDiff

/// A failure the command reports in one line and exits 2 for.
enum CommandFailure: Error, CustomStringConvertible {
    case input(InputError)
    case output(String)

    var description: String {
        switch self {
        case .input(let error): return error.description
        case .output(let message): return message
        }
    }
}
