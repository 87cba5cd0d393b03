#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Quotient

/// The few file-system and formatting facts the command line needs, from the C library: linking Foundation
/// would double the process's start-up time.
enum FileSystem {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Every file below a folder that is not hidden and not inside a hidden folder, as paths that start with
    /// the folder's.
    static func files(below directory: String) -> [String] {
        var files: [String] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            for name in (try? FileBytes.entries(of: folder)) ?? [] where !name.hasPrefix(".") {
                let path = FileBytes.path(folder, name)
                if isDirectory(path) { pending.append(path) } else { files.append(path) }
            }
        }
        return files
    }
}

/// Decimal formatting for tables and charts (`%.2f`-style), through the C library's `snprintf`.
enum DecimalText {
    /// `value` with `digits` decimals; with `plus`, positive values get a `+` sign.
    static func fixed(_ value: Double, digits: Int, plus: Bool = false) -> String {
        format(plus ? "%+.*f" : "%.*f", Int32(digits), value)
    }

    /// `#rrggbb` for channel values in 0…255.
    static func hexColor(red: Int, green: Int, blue: Int) -> String {
        "#" + [red, green, blue].map { channel in
            let hex = String(min(max(channel, 0), 255), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    private static func format(_ pattern: String, _ digits: Int32, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let written = withVaList([digits, value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, pattern, arguments) }
        }
        guard written >= 0 else { return String(value) }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
