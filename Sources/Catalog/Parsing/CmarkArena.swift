import CCmark
import Glibc

/// Memory for one cmark parse, handed out from a few large chunks and given back all at once.
///
/// cmark allocates every node, every text buffer and each step of a growing buffer on its own,
/// then frees them one by one; for a 1 MB page `malloc`, `realloc` and `free` were a third of
/// parsing. Here an allocation moves a cursor, growing the newest allocation stays in place,
/// and the tree is never freed node by node: `release` returns the chunks.
///
/// cmark's allocator callbacks carry no context, so they find the arena of the parse under way
/// through a thread-local slot; parses on different threads each use their own arena.
struct CmarkArena {
    /// The allocator to give `cmark_parser_new_with_mem`; only valid inside `withArena`.
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let pointer = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        pointer.initialize(to: cmark_mem(calloc: arenaCalloc, realloc: arenaRealloc, free: arenaFree))
        return pointer
    }()

    /// Runs `body` with an arena for this thread, sized for a document of `sourceBytes`, and
    /// frees everything cmark allocated in it afterwards.
    static func withArena<Result>(sourceBytes: Int, _ body: () -> Result) -> Result {
        let state = UnsafeMutablePointer<ArenaState>.allocate(capacity: 1)
        // cmark needs several times the source for its nodes and buffers.
        state.initialize(to: ArenaState(nextChunkSize: max(minimumChunkSize, sourceBytes * 4)))
        let previous = pthread_getspecific(slot)
        pthread_setspecific(slot, state)
        defer {
            pthread_setspecific(slot, previous)
            state.pointee.release()
            state.deallocate()
        }
        return body()
    }

    fileprivate static let minimumChunkSize = 64 * 1024
    fileprivate static let slot: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}

/// Each allocation is preceded by a header holding its capacity. Allocations are aligned to 8
/// bytes, as much as any cmark structure needs (pointers and 64-bit integers); `malloc`'s 16
/// would add a quarter to the memory a page's nodes take, and every byte of it is a fresh page
/// the first time a page is opened.
private let headerSize = 8

fileprivate struct ArenaState {
    /// Where the next allocation's header goes.
    var cursor: UnsafeMutableRawPointer?
    var limit: UnsafeMutableRawPointer?
    /// The newest chunk; each chunk's first word points to the one before.
    var chunks: UnsafeMutableRawPointer?
    var nextChunkSize: Int
    /// How far the newest chunk's pages have been faulted in ahead of use; nil for chunks too
    /// small to be worth it.
    var populatedEnd: UnsafeMutableRawPointer?

    init(nextChunkSize: Int) {
        self.nextChunkSize = nextChunkSize
    }

    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        guard size >= 0, size <= Int.max / 2 else { return nil }
        let capacity = (size + 7) & ~7
        if let cursor, let limit, cursor.distance(to: limit) >= capacity + headerSize {
            if let populatedEnd, cursor + capacity + headerSize > populatedEnd { populate() }
            return take(capacity, at: cursor)
        }
        guard let cursor = addChunk(holding: capacity + headerSize) else { return nil }
        return take(capacity, at: cursor)
    }

    mutating func reallocate(_ pointer: UnsafeMutableRawPointer, to size: Int) -> UnsafeMutableRawPointer? {
        guard size >= 0, size <= Int.max / 2 else { return nil }
        let header = pointer - headerSize
        let capacity = header.load(as: Int.self)
        if size <= capacity { return pointer }
        let newCapacity = (size + 7) & ~7
        if pointer + capacity == cursor, let limit, pointer.distance(to: limit) >= newCapacity {
            header.storeBytes(of: newCapacity, as: Int.self)
            cursor = pointer + newCapacity
            return pointer
        }
        guard let moved = allocate(size) else { return nil }
        moved.copyMemory(from: pointer, byteCount: capacity)
        return moved
    }

    /// Only the newest allocation is given back, so a buffer that cmark frees right after making
    /// it leaves room for the next.
    mutating func free(_ pointer: UnsafeMutableRawPointer) {
        let header = pointer - headerSize
        if pointer + header.load(as: Int.self) == cursor { cursor = header }
    }

    mutating func release() {
        while let chunk = chunks {
            chunks = chunk.load(as: UnsafeMutableRawPointer?.self)
            Glibc.free(chunk)
        }
    }

    /// Faults in the next pages of a large chunk with one call, before cmark writes to them.
    /// The first parse of a large page touches about ten times its size in fresh pages, and
    /// one fault per page cost a quarter more than this (a 1 MB page's first parse: 33 to
    /// 31 ms). On pages that are already there, as when memory is reused, it changes nothing;
    /// a kernel without MADV_POPULATE_WRITE (before Linux 5.14) refuses it and pages fault as before.
    private mutating func populate() {
        guard let end = populatedEnd, let limit else { return }
        let windowEnd = min(end + Self.populateWindow, limit)
        if windowEnd > end { madvise(end, end.distance(to: windowEnd), MADV_POPULATE_WRITE) }
        populatedEnd = windowEnd
    }

    private static let populateWindow = 256 * 1024
    private static let populatedChunkSize = 1024 * 1024

    private mutating func take(_ capacity: Int, at header: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        header.storeBytes(of: capacity, as: Int.self)
        cursor = header + headerSize + capacity
        return header + headerSize
    }

    /// A new chunk with room for `bytes`, whose first allocation goes at the returned cursor.
    private mutating func addChunk(holding bytes: Int) -> UnsafeMutableRawPointer? {
        let size = max(nextChunkSize, bytes + headerSize)
        guard let chunk = malloc(size) else { return nil }
        chunk.storeBytes(of: chunks, as: UnsafeMutableRawPointer?.self)
        chunks = chunk
        nextChunkSize = min(nextChunkSize * 2, 64 * 1024 * 1024)
        limit = chunk + size
        cursor = chunk + headerSize
        populatedEnd = nil
        if size >= Self.populatedChunkSize {
            let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
            populatedEnd = UnsafeMutableRawPointer(bitPattern: (Int(bitPattern: chunk) + pageSize - 1) & ~(pageSize - 1))
            populate()
        }
        return cursor
    }
}

private func currentArena() -> UnsafeMutablePointer<ArenaState> {
    pthread_getspecific(CmarkArena.slot)!.assumingMemoryBound(to: ArenaState.self)
}

private func arenaCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow, let pointer = currentArena().pointee.allocate(bytes) else { return nil }
    pointer.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
    return pointer
}

private func arenaRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let pointer else { return currentArena().pointee.allocate(size) }
    return currentArena().pointee.reallocate(pointer, to: size)
}

private func arenaFree(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    currentArena().pointee.free(pointer)
}
