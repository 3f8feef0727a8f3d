package dev.boucle.instrumenter;

/** The internal names and descriptors the transformer matches and emits; see {@code docs/PROTOCOL.md}. */
final class Names {
    private Names() {}

    static final String ASYNC_DESC = "Ldev/boucle/Async;";
    static final String BOUCLE = "dev/boucle/Boucle";
    static final String AWAIT = "await";
    static final String AWAIT_DESC = "(Ldev/boucle/Awaitable;)Ljava/lang/Object;";
    /** {@code Boucle.await(CompletionStage)}: rewritten like the other, into {@link #FRAME_AWAIT_STAGE_DESC}. */
    static final String AWAIT_STAGE_DESC = "(Ljava/util/concurrent/CompletionStage;)Ljava/lang/Object;";
    static final String DONE = "done";
    static final String DONE_VALUE_DESC = "(Ljava/lang/Object;)Ldev/boucle/Coroutine;";
    static final String DONE_VOID_DESC = "()Ldev/boucle/Coroutine;";
    static final String COROUTINE = "dev/boucle/Coroutine";
    static final String COROUTINE_DESC = "Ldev/boucle/Coroutine;";

    static final String FRAME = "dev/boucle/internal/Frame";
    static final String FRAME_DESC = "Ldev/boucle/internal/Frame;";
    static final String FRAME_AWAIT_DESC = "(Ldev/boucle/Awaitable;Ldev/boucle/internal/Frame;)Ljava/lang/Object;";
    static final String FRAME_AWAIT_STAGE_DESC =
            "(Ljava/util/concurrent/CompletionStage;Ldev/boucle/internal/Frame;)Ljava/lang/Object;";
    static final String FRAME_INIT_DESC =
            "(Ldev/boucle/internal/Body;Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;II)V";
    static final String BODY = "dev/boucle/internal/Body";
    static final String BODY_SAM_DESC = "(Ljava/lang/Object;Ldev/boucle/internal/Frame;)Ljava/lang/Object;";
    static final String SUSPENDED = "SUSPENDED";
    static final String OBJECT = "java/lang/Object";
    static final String OBJECT_DESC = "Ljava/lang/Object;";

    /** The class attribute that marks a class already instrumented. */
    static final String MARKER = "dev.boucle.Instrumented";

    /** The return types that tell apart the bodies of overloaded {@code @Async} methods (PROTOCOL §2). */
    static final String[] BODY_RETURN_TYPES = {
        "java/lang/Object", "java/io/Serializable", "java/lang/Comparable", "java/lang/Cloneable",
        "java/lang/Runnable", "java/lang/CharSequence", "java/lang/Iterable", "java/lang/AutoCloseable",
        "java/lang/Appendable", "java/lang/Readable", "java/util/RandomAccess", "java/util/EventListener",
        "java/io/Closeable", "java/io/Flushable", "java/util/Collection", "java/util/List", "java/util/Set",
        "java/util/Map", "java/util/Queue", "java/util/Deque", "java/util/Iterator", "java/util/Comparator",
        "java/util/concurrent/Callable", "java/util/function/Supplier", "java/util/function/Function",
        "java/util/function/Consumer", "java/util/function/Predicate", "java/util/function/BiFunction",
        "java/util/concurrent/Executor", "java/util/concurrent/Future", "java/util/SortedMap",
        "java/util/SortedSet", "java/util/NavigableMap", "java/util/NavigableSet", "java/util/Enumeration",
    };
}
