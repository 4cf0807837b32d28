#if canImport(Glibc)
    import Glibc
#endif

/// What tells this build of the program from another: the executable's device, inode, size and
/// modification time (a rebuilt or reinstalled binary differs), and the version. Nil where the
/// running executable cannot be found, which turns caching off.
enum ProgramIdentity {
    static let current: String? = {
        #if os(Linux)
            var info = stat()
            guard stat("/proc/self/exe", &info) == 0 else { return nil }
            return
                "\(Defuse.configuration.version) \(info.st_dev):\(info.st_ino):\(info.st_size):"
                + "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #else
            return nil
        #endif
    }()
}
