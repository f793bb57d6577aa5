import Foundation

/// Writes a report so that its final name only ever holds a complete file:
/// the bytes go to a temporary file in the same folder, which is then
/// renamed over the target (atomic on one file system).
public enum ReportFile {
    public static func write(_ contents: String, to path: String) throws(InputError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(path: path, reason: .cannotWrite("folder \(folder.path) does not exist"))
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(path: path, reason: .cannotWrite("is a directory"))
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
        } catch {
            throw InputError(path: path, reason: .cannotWrite((error as NSError).localizedFailureReason ?? "\(error)"))
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(path: path, reason: .cannotWrite(reason))
        }
    }
}
