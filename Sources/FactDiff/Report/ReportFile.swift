import Foundation

/// Writes a report so that its final name only ever holds a complete file:
/// the bytes go to a temporary file in the same folder, which is then
/// renamed over the target (atomic on one file system).
///
/// A target that is a symbolic link is written through: the file it points
/// to is replaced, the link stays. A target that is not a regular file (a
/// device such as /dev/null or /dev/stdout, a pipe) is written to directly,
/// since renaming over it would replace the device itself.
public enum ReportFile {
    public static func write(_ contents: String, to path: String) throws(InputError) {
        guard !path.isEmpty else { throw InputError(path: "''", reason: .cannotWrite("an empty path names no file")) }
        var target = URL(fileURLWithPath: path)
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            target = URL(fileURLWithPath: destination, relativeTo: target.deletingLastPathComponent()).standardizedFileURL
        }
        var status = stat()
        if stat(target.path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw InputError(path: path, reason: .cannotWrite("is a directory")) }
            if type != S_IFREG { return try writeDirectly(contents, to: target.path, displayPath: path) }
        }
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(path: path, reason: .cannotWrite("folder \(folder.path) does not exist"))
        }
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
        } catch {
            throw InputError(path: path, reason: .cannotWrite((error as NSError).localizedFailureReason ?? "\(error)"))
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(path: path, reason: .cannotWrite(reason))
        }
    }

    private static func writeDirectly(_ contents: String, to target: String, displayPath: String) throws(InputError) {
        guard let handle = FileHandle(forWritingAtPath: target) else {
            throw InputError(path: displayPath, reason: .cannotWrite(String(cString: strerror(errno))))
        }
        do {
            try handle.write(contentsOf: Data(contents.utf8))
            try handle.close()
        } catch {
            throw InputError(path: displayPath, reason: .cannotWrite((error as NSError).localizedFailureReason ?? "\(error)"))
        }
    }
}
