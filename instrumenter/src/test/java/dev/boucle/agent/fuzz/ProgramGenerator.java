package dev.boucle.agent.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic generator of Java classes whose {@code @Async} methods put awaits everywhere an
 * expression or a statement can hold one. One seed gives one class; the same text compiles twice:
 * with {@link #ASYNC_PRELUDE} (the real {@code dev.boucle} API, to be instrumented) and with
 * {@link #PLAIN_PRELUDE} (nested stand-ins: {@code Coroutine} is a value holder, {@code done} wraps,
 * {@code await} unwraps), so the plain twin is plain Java with the same evaluation order.
 *
 * <p>What a generated class holds:
 * <ul>
 *   <li>helpers {@code vX(x)} (one per type: I J D F C B S Z T(String) E(enum) O(Object)) that
 *       return their argument, first suspending on {@code yieldNow()} when the runtime mode says
 *       so ({@code mode} 0: never, 1: always, 2: every other call), and {@code tX(x)}, which
 *       also throw a {@code Boom} on every fourth call (a counter shared by both versions);</li>
 *   <li>methods {@code m0..mN} ({@code @Async}, static or instance), each computing a checksum
 *       {@code h} of what it does and logging to {@code L}: awaits as arguments, operands of every
 *       primitive arithmetic, array stores, nested {@code new} arguments, ternaries, {@code &&}/{@code ||},
 *       string concatenation, switch expressions; statements if/else, for/while/do/for-each with
 *       labelled break/continue, switches on int/String/enum (old and arrow forms), try/catch/finally,
 *       try-with-resources, nested blocks re-declaring locals of other types (slot reuse), early
 *       returns, throws, calls to earlier methods and tail calls; locals whose type merges the
 *       program's own classes, or JDK classes whose common super class the program cannot name.</li>
 * </ul>
 * Every loop is bounded and a call budget bounds the sub-method calls, so every program ends.
 */
public final class ProgramGenerator {
    static final String PKG = "fz";

    public static final String ASYNC_PRELUDE = "import static dev.boucle.Boucle.*;\n"
            + "import dev.boucle.Async;\nimport dev.boucle.Coroutine;\n";
    public static final String PLAIN_PRELUDE = "";
    static final String PLAIN_NESTED = "  @interface Async {}\n"
            + "  static final class Coroutine<T> { final T v; Coroutine(T v) { this.v = v; } }\n"
            + "  static <T> Coroutine<T> done(T v) { return new Coroutine<>(v); }\n"
            + "  static Coroutine<Void> done() { return new Coroutine<>(null); }\n"
            + "  static Coroutine<Void> yieldNow() { return new Coroutine<>(null); }\n"
            + "  static <T> T await(Coroutine<T> c) { return c.v; }\n";

    /** Primitive and reference types the generator knows. */
    enum T {
        I("int", "Integer"), J("long", "Long"), D("double", "Double"), F("float", "Float"), C("char", "Character"),
        B("byte", "Byte"), S("short", "Short"), Z("boolean", "Boolean"), STR("String", "String"), E("E", "E"),
        O("Object", "Object");

        final String java;
        final String box;

        T(String java, String box) {
            this.java = java;
            this.box = box;
        }

        String code() {
            return this == STR ? "T" : name();
        }
    }

    static final T[] NUMERIC = {T.I, T.J, T.D, T.F, T.C, T.B, T.S};
    static final T[] LOCAL_TYPES = {T.I, T.J, T.D, T.F, T.C, T.B, T.S, T.Z, T.STR, T.E, T.O};

    private static final class Var {
        final String name;
        final T type;
        final boolean assignable;

        Var(String name, T type, boolean assignable) {
            this.name = name;
            this.type = type;
            this.assignable = assignable;
        }
    }

    private final Random r;
    private final String className;
    private final int methods;
    private final StringBuilder out = new StringBuilder();
    private final List<List<Var>> scopes = new ArrayList<>();
    /** Enclosing breakable statements, innermost last: label (or null) and whether it is a loop. */
    private final List<String[]> breakables = new ArrayList<>();
    private int fresh;
    private int currentMethod;
    private boolean currentStatic;
    private int indent;
    private int awaitsInMethod;
    private int finallyDepth;
    private int switchExprDepth;

    public ProgramGenerator(long seed, String className, int methods) {
        this.r = new Random(seed);
        this.className = className;
        this.methods = methods;
    }

    /** Generates the class for {@code seed}: returns the source with the given prelude. */
    public static String[] generate(long seed, String className, int methods) {
        ProgramGenerator g = new ProgramGenerator(seed, className, methods);
        String body = g.classBody();
        String async = "package " + PKG + ";\n" + ASYNC_PRELUDE + "\npublic class " + className + " {\n" + body + "}\n";
        String plain = "package " + PKG + ";\n" + PLAIN_PRELUDE + "\npublic class " + className + " {\n" + PLAIN_NESTED
                + body + "}\n";
        return new String[] {async, plain};
    }

    /** Which methods are static (the others need an instance). */
    private boolean[] statics;

    boolean isStatic(int k) {
        return statics[k];
    }

    private String classBody() {
        statics = new boolean[methods];
        for (int k = 0; k < methods; k++) {
            statics[k] = r.nextInt(3) != 0;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("  public static final java.util.List<String> L = new java.util.ArrayList<>();\n"
                + "  public static int mode, cnt, sc, calls, yields;\n"
                + "  static int sf = 3;\n  int fld = 5;\n"
                + "  public static void reset(int m) { L.clear(); mode = m; cnt = 0; sc = 0; calls = 0; yields = 0; sf = 3; }\n"
                + "  static void log(Object o) { if (L.size() < 400) L.add(String.valueOf(o)); }\n"
                + "  static boolean sus() { boolean s = mode == 1 || (mode == 2 && (++sc & 1) == 0); if (s) yields++; return s; }\n"
                + "  enum E { A, B, C }\n"
                + "  static final class Boom extends RuntimeException {\n"
                + "    final int v; Boom(int v) { super(\"boom\" + v); this.v = v; } }\n"
                + "  static final class P {\n    final int a; final long b;\n"
                + "    P(int a, long b) { this.a = a; this.b = b; log(\"P\" + a); }\n"
                + "    P(P p, double d) { this((int) d + p.a, p.b); }\n  }\n"
                + "  static final class R implements AutoCloseable {\n    final String n;\n"
                + "    R(String n) { this.n = n; log(\"open \" + n); }\n"
                + "    public void close() { log(\"close \" + n); if (n.length() % 4 == 1) throw new Boom(-n.length()); }\n  }\n"
                + "  interface K { int k(); }\n"
                + "  static abstract class Q implements K { final int z; Q(int z) { this.z = z; } abstract int q();"
                + " public int k() { return z * 5; } }\n"
                + "  static final class Q1 extends Q { Q1(int z) { super(z); } int q() { return z + 1; } }\n"
                + "  static final class Q2 extends Q { Q2(int z) { super(z); } int q() { return z - 1; } }\n"
                + "  @Async static Coroutine<Q> vQ(Q x) { if (sus()) await(yieldNow()); return done(x); }\n"
                + "  static int f(int a, long b, String c) { return (int) (a * 31L + b) ^ c.length(); }\n"
                + "  static long g(long a, double b, char c, byte d, short e, float f, boolean z) {\n"
                + "    return a * 7 + (long) b + c + d + e + (long) f + (z ? 1 : 0); }\n"
                + "  static String cap(String s) { return s.length() > 24 ? s.substring(s.length() - 24) : s; }\n"
                + "  static int ix(int i, int n) { return Math.floorMod(i, n); }\n"
                + "  static long hashOf(Object o) { return o == null ? 17 : o instanceof P ? ((P) o).a : o.hashCode(); }\n");
        for (T t : LOCAL_TYPES) {
            String c = t.code();
            sb.append("  @Async static Coroutine<").append(t.box).append("> v").append(c).append('(').append(t.java)
                    .append(" x) { if (sus()) await(yieldNow()); return done(x); }\n");
            sb.append("  @Async static Coroutine<").append(t.box).append("> t").append(c).append('(').append(t.java)
                    .append(" x) { if (sus()) await(yieldNow()); if (++cnt % 4 == 0) { log(\"throw \" + cnt);"
                            + " throw new Boom(cnt); } return done(x); }\n");
        }
        out.setLength(0);
        for (int k = 0; k < methods; k++) {
            method(k);
        }
        sb.append(out);
        return sb.toString();
    }

    // ---------------------------------------------------------------- methods and statements

    private void method(int k) {
        currentMethod = k;
        currentStatic = statics[k];
        awaitsInMethod = 0;
        scopes.clear();
        breakables.clear();
        fresh = 0;
        indent = 1;
        line("@Async " + (currentStatic ? "static " : "") + "Coroutine<Long> m" + k + "(int seed) {");
        indent++;
        line("if (++calls > 60) return done((long) seed);");
        push();
        declare("h", T.J, "seed * 1000003L");
        line("int[] ia = {seed, 2, 3, 5};");
        line("long[] la = {7L, seed, 11L};");
        line("double[] da = {0.5, seed};");
        line("String[] sa = {\"a\", \"bb\", \"Aa\"};");
        line("char[] ca = {'x', 'y'};");
        line("byte[] ba = {1, 2, 3};");
        int params = r.nextInt(4);
        for (int i = 0; i < params; i++) {
            T t = pick(LOCAL_TYPES);
            declare(newName(), t, expr(t, 1));
        }
        int n = 3 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            statement(2 + r.nextInt(2));
        }
        if (k > 0 && r.nextInt(5) == 0) {
            line("if (" + cond(1) + ") return " + callOther() + ";");
        }
        line("return done(" + checksum() + ");");
        pop();
        indent--;
        line("}");
    }

    private String checksum() {
        StringBuilder sb = new StringBuilder("h");
        for (List<Var> s : scopes) {
            for (Var v : s) {
                if (v.name.equals("h")) {
                    continue;
                }
                sb.append(" * 31 + ").append(hashExpr(v.name, v.type));
            }
        }
        sb.append(" + ia[0] + la[1] + (long) da[1] + sa[0].hashCode() + ca[1] + ba[2]");
        return sb.toString();
    }

    private static String hashExpr(String e, T t) {
        switch (t) {
            case I: case C: case B: case S: case J: return "(" + e + ")";
            case D: return "Double.doubleToLongBits(" + e + ")";
            case F: return "Float.floatToIntBits(" + e + ")";
            case Z: return "((" + e + ") ? 1 : 2)";
            case E: return "(" + e + ").ordinal()";
            default: return "hashOf(" + e + ")";
        }
    }

    private void statement(int depth) {
        int c = r.nextInt(depth <= 0 ? 7 : 32);
        switch (c) {
            case 0: case 1:
            {
                T t = pickNumeric();
                line("h = h * 31 + " + hashExpr(expr(t, 2), t) + ";");
                return;
            }
            case 2: {
                T t = pick(LOCAL_TYPES);
                declare(newName(), t, expr(t, 2));
                return;
            }
            case 3:
                assign();
                return;
            case 4:
                arrayStore();
                return;
            case 5:
                line("log(" + expr(T.STR, 2) + ");");
                return;
            case 6:
                if (r.nextBoolean()) {
                    line("sf += " + expr(T.I, 2) + ";");
                } else if (!currentStatic) {
                    line("this.fld " + pick(new String[] {"+=", "^=", "*="}) + " " + expr(T.I, 2) + ";");
                } else {
                    line("h ^= " + expr(T.J, 2) + ";");
                }
                return;
            case 7: {
                line("if (" + cond(2) + ") {");
                block(depth - 1);
                if (r.nextBoolean()) {
                    line("} else {");
                    block(depth - 1);
                }
                line("}");
                return;
            }
            case 8: forLoop(depth); return;
            case 9: whileLoop(depth); return;
            case 10: doLoop(depth); return;
            case 11: forEach(depth); return;
            case 12: intSwitch(depth); return;
            case 13: stringSwitch(depth); return;
            case 14: enumSwitch(depth); return;
            case 15: tryCatch(depth); return;
            case 16: tryResources(depth); return;
            case 17:
                line("{");
                block(depth - 1);
                line("}");
                return;
            case 18:
                jump();
                return;
            case 19:
                if (currentMethod > 0) {
                    line("h += await(" + callOther() + ");");
                } else {
                    line("h += " + expr(T.J, 2) + ";");
                }
                return;
            case 20:
                switchExprDepth++;
                line("h -= switch (" + expr(T.I, 2) + " & 3) {");
                indent++;
                line("case 0 -> " + expr(T.J, 2) + ";");
                line("case 1 -> {");
                push();
                indent++;
                declare(newName(), T.I, expr(T.I, 2));
                statement(0);
                line("yield " + expr(T.J, 2) + ";");
                indent--;
                pop();
                line("}");
                line("default -> " + expr(T.J, 1) + ";");
                indent--;
                line("};");
                switchExprDepth--;
                return;
            case 21:
                arrowSwitch(depth);
                return;
            case 22: {
                // a labelled block (not a loop) left by break
                String label = "blk" + (fresh++);
                line(label + ": {");
                breakables.add(new String[] {label, "block"});
                block(depth - 1);
                breakables.remove(breakables.size() - 1);
                line("}");
                return;
            }
            case 23: {
                // instanceof patterns: binding locals live across awaits
                String o = "o" + (fresh++);
                String b = "p" + (fresh++);
                line("Object " + o + " = " + expr(T.O, 2) + ";");
                line("if (" + o + " instanceof String " + b + " && " + b + ".length() < " + expr(T.I, 2) + ") {");
                indent++;
                push();
                scopes.get(scopes.size() - 1).add(new Var(b, T.STR, true));
                statement(depth - 1);
                line("h += " + b + ".hashCode() + " + expr(T.I, 1) + ";");
                pop();
                indent--;
                line("} else if (" + o + " instanceof Integer " + b + "i) {");
                line("  h ^= " + b + "i + " + expr(T.I, 2) + ";");
                line("}");
                return;
            }
            case 24: {
                // a lambda and a boxed local beside awaits
                String f = "fn" + (fresh++);
                String bx = "bx" + (fresh++);
                String cap = leaf(T.I);
                line("java.util.function.IntUnaryOperator " + f + " = x -> x * 3 + " + (cap.matches("[a-z]\\w*") && !cap.equals("seed") ? "0" : cap) + ";");
                line("Integer " + bx + " = " + expr(T.I, 2) + ";");
                line(bx + "++;");
                line("h += " + f + ".applyAsInt(" + expr(T.I, 2) + ") + " + bx + ";");
                line(bx + " = " + f + ".applyAsInt(" + bx + ");");
                line("log(" + bx + ");");
                return;
            }
            case 25: {
                // an iterator live across awaits
                String label = maybeLabel();
                String x = "it" + (fresh++);
                line((label != null ? label + ": " : "") + "for (Integer " + x + " : java.util.List.of(" + expr(T.I, 1) + ", 4, "
                        + expr(T.I, 1) + ")) {");
                scopes.add(new ArrayList<>(List.of(new Var(x, T.I, false))));
                loopBody(depth, label);
                scopes.remove(scopes.size() - 1);
                line("}");
                return;
            }
            case 26: {
                List<Var> vs = visible(T.STR, true);
                if (!vs.isEmpty()) {
                    Var v = vs.get(r.nextInt(vs.size()));
                    line(v.name + " += " + expr(pickAny(), 2) + ";");
                    line(v.name + " = cap(" + v.name + ");");
                } else {
                    line("ia[ix(" + expr(T.I, 2) + ", 4)]++;");
                }
                return;
            }
            case 27: {
                List<Var> vs = visible(T.Z, true);
                if (!vs.isEmpty()) {
                    line(vs.get(r.nextInt(vs.size())).name + " " + pick(new String[] {"&=", "|="}) + " " + cond(2) + ";");
                } else {
                    line("la[ix(" + expr(T.I, 2) + ", 3)]--;");
                }
                return;
            }
            case 29: {
                // locals whose type is a merge of the program's own classes: Q1/Q2 to Q, to K
                String q = "q" + (fresh++);
                String k = "k" + (fresh++);
                line("Q " + q + " = " + cond(1) + " ? new Q1(" + expr(T.I, 1) + ") : new Q2(" + expr(T.I, 1) + ");");
                line("K " + k + " = " + cond(1) + " ? new Q2(" + expr(T.I, 1) + ") : " + q + ";");
                line("if (" + cond(1) + ") " + q + " = await(vQ(new Q2(" + expr(T.I, 1) + ")));");
                line("h += await(vI(" + q + ".q())) + " + k + ".k() + " + q + ".z;");
                statement(depth - 1);
                line("h += " + q + ".q() + " + k + ".k();");
                return;
            }
            case 28:
                // a local holding null (the null type in the frames) assigned later
                if (switchExprDepth == 0) {
                    String n = newName();
                    line("Object " + n + " = null;");
                    scopes.get(scopes.size() - 1).add(new Var(n, T.O, true));
                    if (r.nextBoolean()) {
                        line("if (" + cond(2) + ") " + n + " = " + expr(T.O, 2) + ";");
                    }
                    return;
                }
                line("h++;");
                return;
            case 31: {
                // locals whose type is a merge of JDK classes with a package-private nearest common
                // super class (StringBuilder/StringBuffer: java.lang.AbstractStringBuilder), alone and
                // as array elements: a restore that cast to the merge would fail with IllegalAccessError
                String cs = "cs" + (fresh++);
                String as = "as" + (fresh++);
                line("CharSequence " + cs + " = " + cond(1) + " ? new StringBuilder(" + expr(T.STR, 1)
                        + ") : new StringBuffer(" + expr(T.STR, 1) + ");");
                line("Appendable[] " + as + " = " + cond(1) + " ? new StringBuilder[] {new StringBuilder()}"
                        + " : new StringBuffer[] {new StringBuffer()};");
                line("h += await(vI(" + cs + ".length())) + " + as + ".length;");
                statement(depth - 1);
                line("h += " + cs + ".toString().hashCode() + " + as + "[0].toString().length();");
                return;
            }
            case 30: default:
                line("h += (" + pick(new String[] {
                    "new int[ix(" + expr(T.I, 2) + ", 3) + 1][ix(" + expr(T.I, 1) + ", 2) + 1].length",
                    "new long[] {" + expr(T.J, 2) + ", " + expr(T.J, 1) + ", h}[ix(" + expr(T.I, 1) + ", 3)]",
                    "new String[] {" + expr(T.STR, 2) + ", " + expr(T.STR, 1) + "}[ix(" + expr(T.I, 1) + ", 2)].length()"})
                        + ");");
        }
    }

    private String callOther() {
        int j = r.nextInt(currentMethod);
        String arg = expr(T.I, 2);
        if (statics[j]) {
            return "m" + j + "(" + arg + ")";
        }
        return (currentStatic ? "new " + className + "()" : "this") + ".m" + j + "(" + arg + ")";
    }

    /** break/continue/return/throw, always under an if (never unreachable code). */
    private void jump() {
        List<String> options = new ArrayList<>();
        for (String[] b : breakables) {
            if (!b[1].equals("block") && !options.contains("break;")) {
                options.add("break;");
            }
            if (b[1].equals("loop") && !options.contains("continue;")) {
                options.add("continue;");
            }
            if (b[0] != null) {
                options.add("break " + b[0] + ";");
                if (b[1].equals("loop")) {
                    options.add("continue " + b[0] + ";");
                }
            }
        }
        if (finallyDepth == 0 && switchExprDepth == 0) {
            options.add("return done(" + checksum() + ");");
            if (currentMethod > 0) {
                options.add("return " + callOther() + ";");
            }
            options.add("throw new Boom(" + expr(T.I, 1) + ");");
        }
        if (options.isEmpty()) {
            line("h++;");
            return;
        }
        line("if (" + cond(2) + ") " + options.get(r.nextInt(options.size())));
    }

    private void block(int depth) {
        indent++;
        push();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            statement(depth);
        }
        pop();
        indent--;
    }

    private String maybeLabel() {
        return r.nextInt(3) == 0 ? "lab" + (fresh++) : null;
    }

    private void loopBody(int depth, String label) {
        breakables.add(new String[] {label, "loop"});
        block(depth - 1);
        breakables.remove(breakables.size() - 1);
    }

    private void forLoop(int depth) {
        String label = maybeLabel();
        String i = "i" + (fresh++);
        String bound = r.nextBoolean() ? String.valueOf(1 + r.nextInt(3)) : "Math.min(3, ix(" + expr(T.I, 1) + ", 4))";
        line((label != null ? label + ": " : "") + "for (int " + i + " = 0; " + i + " < " + bound + "; " + i + "++) {");
        scopes.add(new ArrayList<>(List.of(new Var(i, T.I, false))));
        loopBody(depth, label);
        scopes.remove(scopes.size() - 1);
        line("}");
    }

    private void whileLoop(int depth) {
        String label = maybeLabel();
        String w = "w" + (fresh++);
        line("int " + w + " = 0;");
        line((label != null ? label + ": " : "") + "while (" + w + "++ < 3 && " + cond(1) + ") {");
        scopes.get(scopes.size() - 1).add(new Var(w, T.I, false));
        loopBody(depth, label);
        line("}");
    }

    private void doLoop(int depth) {
        String label = maybeLabel();
        String w = "w" + (fresh++);
        line("int " + w + " = 0;");
        scopes.get(scopes.size() - 1).add(new Var(w, T.I, false));
        line((label != null ? label + ": " : "") + "do {");
        loopBody(depth, label);
        line("} while (++" + w + " < 2 && " + cond(1) + ");");
    }

    private void forEach(int depth) {
        String label = maybeLabel();
        String x = "e" + (fresh++);
        String[][] forms = {{"int", "ia", "I"}, {"long", "la", "J"}, {"String", "sa", "T"}, {"char", "ca", "C"},
            {"E", "E.values()", "E"}};
        String[] f = forms[r.nextInt(forms.length)];
        line((label != null ? label + ": " : "") + "for (" + f[0] + " " + x + " : " + f[1] + ") {");
        T t = f[2].equals("T") ? T.STR : T.valueOf(f[2]);
        scopes.add(new ArrayList<>(List.of(new Var(x, t, false))));
        loopBody(depth, label);
        scopes.remove(scopes.size() - 1);
        line("}");
    }

    private void caseBody(int depth, boolean withBreak) {
        line("{");
        block(depth - 1);
        line("}");
        if (withBreak) {
            line("break;");
        }
    }

    private void intSwitch(int depth) {
        line("switch (" + expr(T.I, 2) + " & 7) {");
        breakables.add(new String[] {null, "switch"});
        int cases = 1 + r.nextInt(4);
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            int v = r.nextBoolean() ? r.nextInt(8) : 100 * r.nextInt(5); // table and lookup switches
            if (used.contains(v)) {
                continue;
            }
            used.add(v);
            line("case " + v + ":");
            caseBody(depth, r.nextBoolean());
        }
        if (r.nextBoolean()) {
            line("default:");
            caseBody(depth, false);
        }
        breakables.remove(breakables.size() - 1);
        line("}");
    }

    private void stringSwitch(int depth) {
        line("switch (sa[ix(" + expr(T.I, 2) + ", 3)] + (" + cond(1) + " ? \"\" : \"B\")) {");
        breakables.add(new String[] {null, "switch"});
        String[] keys = {"a", "bb", "Aa", "BB", "aB", "AaB"}; // "Aa" and "BB" collide
        List<String> used = new ArrayList<>();
        int cases = 1 + r.nextInt(4);
        for (int i = 0; i < cases; i++) {
            String k = pick(keys);
            if (used.contains(k)) {
                continue;
            }
            used.add(k);
            line("case \"" + k + "\":");
            caseBody(depth, r.nextBoolean());
        }
        line("default:");
        caseBody(depth, false);
        breakables.remove(breakables.size() - 1);
        line("}");
    }

    private void enumSwitch(int depth) {
        line("switch (" + expr(T.E, 2) + ") {");
        breakables.add(new String[] {null, "switch"});
        for (String k : new String[] {"A", "C"}) {
            if (r.nextBoolean()) {
                line("case " + k + ":");
                caseBody(depth, r.nextBoolean());
            }
        }
        line("default:");
        caseBody(depth, false);
        breakables.remove(breakables.size() - 1);
        line("}");
    }

    private void arrowSwitch(int depth) {
        line("switch (" + expr(T.I, 2) + " & 3) {");
        breakables.add(new String[] {null, "switch"});
        line("case 0, 2 -> {");
        block(depth - 1);
        line("}");
        line("case 1 -> h += " + expr(T.J, 2) + ";");
        line("default -> {");
        block(depth - 1);
        line("}");
        breakables.remove(breakables.size() - 1);
        line("}");
    }

    private void tryCatch(int depth) {
        line("try {");
        block(depth - 1);
        boolean any = false;
        if (r.nextInt(3) != 0) {
            String b = "x" + (fresh++);
            line("} catch (Boom " + b + ") {");
            indent++;
            line("h = h * 7 + " + b + ".v;");
            line("log(\"caught \" + " + b + ".getMessage());");
            indent--;
            block(depth - 1);
            any = true;
        }
        if (r.nextInt(4) == 0) {
            String b = "y" + (fresh++);
            line("} catch (RuntimeException " + b + ") {");
            indent++;
            line("log(" + b + ");");
            indent--;
            if (r.nextBoolean()) {
                line("  if (" + cond(1) + ") throw " + b + ";");
            }
            any = true;
        }
        if (!any || r.nextBoolean()) {
            line("} finally {");
            finallyDepth++;
            indent++;
            line("log(\"finally \" + " + expr(T.STR, 2) + ");");
            indent--;
            block(depth - 2);
            finallyDepth--;
        }
        line("}");
    }

    private void tryResources(int depth) {
        String a = "r" + (fresh++);
        String res = "R " + a + " = new R(" + expr(T.STR, 2) + ")";
        if (r.nextBoolean()) {
            String b = "r" + (fresh++);
            res += "; R " + b + " = new R(cap(" + a + ".n + " + expr(T.STR, 1) + "))";
        }
        line("try (" + res + ") {");
        indent++;
        line("h += " + a + ".n.length();");
        indent--;
        block(depth - 1);
        if (r.nextBoolean()) {
            String b = "z" + (fresh++);
            line("} catch (Boom " + b + ") {");
            indent++;
            line("h += " + b + ".v + " + b + ".getSuppressed().length;");
            indent--;
        }
        line("}");
    }

    private void assign() {
        List<Var> vs = visible(null, true);
        if (vs.isEmpty()) {
            line("h += 1;");
            return;
        }
        Var v = vs.get(r.nextInt(vs.size()));
        switch (v.type) {
            case I: case J: case C: case B: case S: case D: case F:
                int k = r.nextInt(4);
                if (k == 0) {
                    line(v.name + " = " + expr(v.type, 2) + ";");
                } else if (k == 1) {
                    line(v.name + " += " + expr(pickNumeric(), 2) + ";");
                } else if (k == 2) {
                    line(v.name + (r.nextBoolean() ? "++;" : "--;"));
                } else {
                    line(v.name + " -= " + expr(v.type, 2) + ";");
                }
                return;
            case Z:
                line(v.name + (r.nextBoolean() ? " = " : " ^= ") + cond(2) + ";");
                return;
            case STR:
                if (r.nextBoolean()) {
                    line(v.name + " = cap(" + v.name + " + " + expr(pickAny(), 2) + ");");
                } else {
                    line(v.name + " = " + expr(T.STR, 2) + ";");
                }
                return;
            default:
                line(v.name + " = " + expr(v.type, 2) + ";");
        }
    }

    private void arrayStore() {
        int k = r.nextInt(6);
        String idx = expr(T.I, 2);
        switch (k) {
            case 0: line("ia[ix(" + idx + ", 4)] " + pick(new String[] {"=", "+=", "^="}) + " " + expr(T.I, 2) + ";"); return;
            case 1: line("la[ix(" + idx + ", 3)] " + pick(new String[] {"=", "+=", "*="}) + " " + expr(T.J, 2) + ";"); return;
            case 2: line("da[ix(" + idx + ", 2)] = " + expr(T.D, 2) + ";"); return;
            case 3: line("sa[ix(" + idx + ", 3)] = cap(" + expr(T.STR, 2) + ");"); return;
            case 4: line("ca[ix(" + idx + ", 2)] += " + expr(T.C, 2) + ";"); return;
            default: line("ba[ix(" + idx + ", 3)] " + pick(new String[] {"=", "+=", "|="}) + " " + expr(T.B, 2) + ";");
        }
    }

    // ---------------------------------------------------------------- expressions

    /** An await of {@code e} (of type {@code t}): through v (suspends by mode), t (throws by count) or done. */
    private String aw(T t, String e) {
        awaitsInMethod++;
        int k = r.nextInt(10);
        String c = t.code();
        if (k < 5) {
            return "await(v" + c + "(" + e + "))";
        }
        if (k < 7) {
            return "await(t" + c + "(" + e + "))";
        }
        if (k < 9 || t == T.O) {
            return "await(done(" + e + "))";
        }
        return "await(v" + c + "(" + e + "))";
    }

    String expr(T t, int d) {
        if (d <= 0 || r.nextInt(3) == 0) {
            return leaf(t);
        }
        if (r.nextInt(3) == 0) {
            String inner = expr(t, d - 1);
            // awaits of a narrow type need a narrow argument: the leaf forms are already typed
            return aw(t, inner);
        }
        if (r.nextInt(8) == 0) {
            return "(" + cond(d - 1) + " ? " + expr(t, d - 1) + " : " + expr(t, d - 1) + ")";
        }
        switch (t) {
            case I: return intExpr(d);
            case J: return longExpr(d);
            case D: return pick(new String[] {
                "(" + expr(T.D, d - 1) + " " + pick(new String[] {"+", "-", "*", "/"}) + " " + expr(T.D, d - 1) + ")",
                "(double) " + expr(T.I, d - 1), "da[ix(" + expr(T.I, d - 1) + ", 2)]",
                "(" + expr(T.F, d - 1) + " * " + expr(T.J, d - 1) + ")", "Math.floor(" + expr(T.D, d - 1) + ")"});
            case F: return pick(new String[] {
                "(" + expr(T.F, d - 1) + " " + pick(new String[] {"+", "-", "*"}) + " " + expr(T.F, d - 1) + ")",
                "(float) (double) " + expr(T.D, d - 1), "(" + expr(T.F, d - 1) + " + " + expr(T.S, d - 1) + ")"});
            case C: return pick(new String[] {
                "(char) ('a' + ix(" + expr(T.I, d - 1) + ", 26))", "ca[ix(" + expr(T.I, d - 1) + ", 2)]",
                "(\"q\" + " + expr(T.STR, d - 1) + ").charAt(0)"});
            case B: return pick(new String[] {
                "(byte) (int) " + expr(T.I, d - 1), "ba[ix(" + expr(T.I, d - 1) + ", 3)]",
                "(byte) (" + expr(T.B, d - 1) + " + " + expr(T.B, d - 1) + ")"});
            case S: return pick(new String[] {
                "(short) (int) " + expr(T.I, d - 1), "(short) (" + expr(T.S, d - 1) + " * " + expr(T.C, d - 1) + ")"});
            case Z: return cond(d);
            case STR: return strExpr(d);
            case E: return pick(new String[] {
                "E.values()[ix(" + expr(T.I, d - 1) + ", 3)]",
                "(" + expr(T.E, d - 1) + " == E.A ? E.B : " + expr(T.E, d - 1) + ")"});
            default: return pick(new String[] {
                "(Object) " + expr(T.STR, d - 1), "(Object) " + expr(T.I, d - 1),
                "(" + cond(d - 1) + " ? (Object) " + expr(T.STR, d - 1) + " : (Object) " + expr(T.J, d - 1) + ")",
                "(Object) null"});
        }
    }

    private String intExpr(int d) {
        int k = r.nextInt(14);
        switch (k) {
            case 0: case 1:
                return "(" + expr(T.I, d - 1) + " " + pick(new String[] {"+", "-", "*", "^", "&", "|", "<<", ">>", ">>>"})
                        + " " + expr(T.I, d - 1) + ")";
            case 2: return "(" + expr(T.I, d - 1) + " / (" + expr(T.I, d - 1) + " | 1))";
            case 3: return "f(" + expr(T.I, d - 1) + ", " + expr(T.J, d - 1) + ", " + expr(T.STR, d - 1) + ")";
            case 4: return "ia[ix(" + expr(T.I, d - 1) + ", 4)]";
            case 5: return "(int) (long) " + expr(T.J, d - 1);
            case 6: return "(int) (double) " + expr(T.D, d - 1);
            case 7: return "new P(" + expr(T.I, d - 1) + ", " + expr(T.J, d - 1) + ").a";
            case 8: return "new P(new P(" + expr(T.I, d - 1) + ", " + expr(T.J, d - 1) + "), " + expr(T.D, d - 1) + ").a";
            case 9: return expr(T.STR, d - 1) + ".length()";
            case 10: return "(" + expr(T.C, d - 1) + " + " + expr(T.B, d - 1) + " - " + expr(T.S, d - 1) + ")";
            case 11: return "(ia[ix(" + expr(T.I, d - 1) + ", 4)] = " + expr(T.I, d - 1) + ")";
            case 12: {
                List<Var> vs = visible(T.I, true);
                if (!vs.isEmpty()) {
                    Var v = vs.get(r.nextInt(vs.size()));
                    return "(" + pick(new String[] {v.name + "++", "++" + v.name, v.name + " += " + expr(T.I, d - 1)}) + ")";
                }
                return expr(T.E, d - 1) + ".ordinal()";
            }
            default:
                if (switchExprDepth > 1) {
                    return "Math.max(" + expr(T.I, d - 1) + ", " + expr(T.I, d - 1) + ")";
                }
                switchExprDepth++;
                String q = "q" + (fresh++);
                String s = "switch (" + expr(T.I, d - 1) + " & 3) { case 0 -> " + expr(T.I, d - 1) + "; case 1 -> { int " + q
                        + " = " + expr(T.I, d - 1) + "; yield " + q + " * 3 + " + expr(T.I, d - 1)
                        + "; } default -> " + expr(T.I, d - 1) + "; }";
                switchExprDepth--;
                return "(" + s + ")";
        }
    }

    private String longExpr(int d) {
        switch (r.nextInt(7)) {
            case 0: case 1:
                return "(" + expr(T.J, d - 1) + " " + pick(new String[] {"+", "-", "*", "^", "&", "|"}) + " "
                        + expr(T.J, d - 1) + ")";
            case 2: return "(long) " + expr(T.I, d - 1);
            case 3: return "la[ix(" + expr(T.I, d - 1) + ", 3)]";
            case 4: return "new P(" + expr(T.I, d - 1) + ", " + expr(T.J, d - 1) + ").b";
            case 5: return "g(" + expr(T.J, d - 1) + ", " + expr(T.D, d - 1) + ", " + expr(T.C, d - 1) + ", "
                    + expr(T.B, d - 1) + ", " + expr(T.S, d - 1) + ", " + expr(T.F, d - 1) + ", " + cond(d - 1) + ")";
            default: return "(" + expr(T.J, d - 1) + " << " + expr(T.I, d - 1) + ")";
        }
    }

    private String strExpr(int d) {
        switch (r.nextInt(6)) {
            case 0: case 1: {
                StringBuilder sb = new StringBuilder("cap(\"\" + ");
                int n = 2 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(" + ");
                    }
                    sb.append(expr(pickAny(), d - 1));
                }
                return sb.append(")").toString();
            }
            case 2: return "String.valueOf(" + expr(pickAny(), d - 1) + ")";
            case 3: return "sa[ix(" + expr(T.I, d - 1) + ", 3)]";
            case 4: return expr(T.E, d - 1) + ".name()";
            default: return "cap(" + expr(T.STR, d - 1) + ".concat(" + expr(T.STR, d - 1) + "))";
        }
    }

    String cond(int d) {
        if (d <= 0 || r.nextInt(3) == 0) {
            return leaf(T.Z);
        }
        switch (r.nextInt(9)) {
            case 0: return "(" + cond(d - 1) + " && " + cond(d - 1) + ")";
            case 1: return "(" + cond(d - 1) + " || " + cond(d - 1) + ")";
            case 2: return "!" + cond(d - 1);
            case 3: return aw(T.Z, cond(d - 1));
            case 4: {
                T t = pickNumeric();
                // casts unbox: == on two boxed values would compare references
                return "((" + t.java + ") " + expr(t, d - 1) + " " + pick(new String[] {"<", "<=", ">", ">=", "==", "!="})
                        + " (" + t.java + ") " + expr(t, d - 1) + ")";
            }
            case 5: return expr(T.STR, d - 1) + ".equals(" + expr(T.STR, d - 1) + ")";
            case 6: return "(" + expr(T.E, d - 1) + " == E.B)";
            case 7: return "(" + expr(T.O, d - 1) + " instanceof String)";
            default: return "((" + expr(T.I, d - 1) + " & 1) == 0)";
        }
    }

    private String leaf(T t) {
        List<Var> vs = visible(t, false);
        if (!vs.isEmpty() && r.nextInt(4) != 0) {
            return vs.get(r.nextInt(vs.size())).name;
        }
        switch (t) {
            case I: return r.nextBoolean() ? "seed" : "(" + (r.nextInt(200) - 50) + ")";
            case J: return r.nextBoolean() ? "h" : "(" + (r.nextInt(1 << 20) - 9) + "L)";
            case D: return r.nextInt(50) / 4.0 + "";
            case F: return r.nextInt(50) / 4.0 + "f";
            case C: return "'" + (char) ('a' + r.nextInt(26)) + "'";
            case B: return "(byte) " + (r.nextInt(256) - 128);
            case S: return "(short) " + (r.nextInt(60000) - 30000);
            case Z: return r.nextBoolean() ? "(seed > " + (r.nextInt(10) - 3) + ")" : (r.nextBoolean() ? "true" : "false");
            case STR: return "\"" + pick(new String[] {"a", "bb", "Aa", "BB", "", "xyz"}) + "\"";
            case E: return "E." + pick(new String[] {"A", "B", "C"});
            default: return r.nextBoolean() ? "(Object) null" : "(Object) \"o\"";
        }
    }

    // ---------------------------------------------------------------- scopes and helpers

    private List<Var> visible(T t, boolean assignable) {
        List<Var> l = new ArrayList<>();
        for (List<Var> s : scopes) {
            for (Var v : s) {
                if ((t == null || v.type == t) && (!assignable || v.assignable) && !(assignable && v.name.equals("h")
                        && t == null)) {
                    l.add(v);
                }
            }
        }
        return l;
    }

    private void declare(String name, T t, String init) {
        line(t.java + " " + name + " = " + init + ";");
        scopes.get(scopes.size() - 1).add(new Var(name, t, switchExprDepth == 0));
    }

    private String newName() {
        return "v" + (fresh++);
    }

    private void push() {
        scopes.add(new ArrayList<>());
    }

    private void pop() {
        scopes.remove(scopes.size() - 1);
    }

    private void line(String s) {
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
        out.append(s).append('\n');
    }

    private T pickNumeric() {
        return NUMERIC[r.nextInt(NUMERIC.length)];
    }

    private T pickAny() {
        return LOCAL_TYPES[r.nextInt(LOCAL_TYPES.length)];
    }

    private <X> X pick(X[] xs) {
        return xs[r.nextInt(xs.length)];
    }
}
