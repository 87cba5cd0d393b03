#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processors this process can use: the default degree of parallelism. Read from the C library, because
/// loading Foundation for it would cost the command line several milliseconds of start-up.
package enum Processors {
    package static var online: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
