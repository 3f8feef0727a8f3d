#!/usr/bin/env python3
"""Generates subjects/Fuzz.java: random structured methods mixing every construct around awaits,
each with a plain twin rendered from the same tree (await(v(E)) -> (E), await(fail(m)) -> V.failPlain(m)).
Deterministic: python3 genfuzz.py [seed] [methods] > Fuzz.java"""
import random
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20261122
METHODS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
R = random.Random(SEED)
NOSYNC = bool(__import__('os').environ.get('FUZZ_NOSYNC'))  # explore past the known synchronized false positive

INTS = ['i0', 'i1', 'i2']
RES = ('i0 + "," + i1 + "," + i2 + "," + l0 + "," + l1 + "," + d0 + "," + s0 + "," + s1 + "," + Arrays.toString(arr)'
       ' + Arrays.toString(larr) + b0 + ch0 + sh0 + f0 + ctr')
LONGS = ['l0', 'l1']
DOUBLES = ['d0']
STRS = ['s0', 's1']


class Ctx:
    def __init__(self):
        self.loopvars = 0
        self.labels = 0
        self.in_switch_expr = 0


def aw(e, t, a):
    """an await of expression e of type t, or its plain twin"""
    kind = R.random()  # drawn in both variants, to keep the random streams aligned
    if not a:
        return '(' + e + ')'
    if kind < 0.15:
        return 'await(done(' + e + '))'
    return 'await(v(' + e + '))'


def int_expr(c, d, a):
    r = R.random()
    if d <= 0 or r < 0.2:
        return R.choice(INTS + [str(R.randint(-9, 99)), 'seed'])
    if r < 0.45:
        return aw(int_expr(c, d - 1, a), 'int', a)
    if r < 0.6:
        return '(' + int_expr(c, d - 1, a) + ' ' + R.choice(['+', '-', '*', '^', '&', '|']) + ' ' + int_expr(c, d - 1, a) + ')'
    if r < 0.68:
        return '(' + cond(c, d - 1, a) + ' ? ' + int_expr(c, d - 1, a) + ' : ' + int_expr(c, d - 1, a) + ')'
    if r < 0.76:
        return 'arr[Math.floorMod(' + int_expr(c, d - 1, a) + ', arr.length)]'
    if r < 0.84:
        return 'f(' + int_expr(c, d - 1, a) + ', ' + long_expr(c, d - 1, a) + ', ' + str_expr(c, d - 1, a) + ')'
    if r < 0.9:
        return '(int) (long) ' + long_expr(c, d - 1, a)
    if r < 0.95:
        return new_expr(c, d - 1, a) + '.n'
    return str_expr(c, d - 1, a) + '.length()'


def long_expr(c, d, a):
    r = R.random()
    if d <= 0 or r < 0.3:
        return R.choice(LONGS + [str(R.randint(-5, 10**12)) + 'L'])
    if r < 0.55:
        return aw(long_expr(c, d - 1, a), 'long', a)
    if r < 0.8:
        return '(' + long_expr(c, d - 1, a) + ' ' + R.choice(['+', '-', '*', '^']) + ' ' + int_expr(c, d - 1, a) + ')'
    return '(long) ' + int_expr(c, d - 1, a)


def dbl_expr(c, d, a):
    r = R.random()
    if d <= 0 or r < 0.3:
        return R.choice(DOUBLES + ['0.5', '2.25'])
    if r < 0.55:
        return aw(dbl_expr(c, d - 1, a), 'double', a)
    return '(' + dbl_expr(c, d - 1, a) + ' ' + R.choice(['+', '-', '*']) + ' ' + int_expr(c, d - 1, a) + ' / 4.0)'


def str_expr(c, d, a):
    r = R.random()
    if d <= 0 or r < 0.25:
        return R.choice(STRS + ['"k' + str(R.randint(0, 9)) + '"'])
    if r < 0.45:
        return aw(str_expr(c, d - 1, a), 'String', a)
    if r < 0.75:
        return 't(' + str_expr(c, d - 1, a) + ' + ' + R.choice([int_expr, long_expr, dbl_expr, str_expr])(c, d - 1, a) + ')'
    if r < 0.9:
        return new_expr(c, d - 1, a) + '.toString()'
    return 'String.valueOf(' + cond(c, d - 1, a) + ')'


def new_expr(c, d, a):
    if R.random() < 0.5 or d <= 0:
        return 'new P(' + int_expr(c, d - 1, a) + ', ' + str_expr(c, d - 1, a) + ')'
    return 'new P(' + int_expr(c, d - 1, a) + ', ' + new_expr(c, d - 1, a) + '.toString())'


def cond(c, d, a):
    r = R.random()
    if d <= 0 or r < 0.4:
        return '(' + int_expr(c, d - 1, a) + ' ' + R.choice(['<', '>', '==', '!=', '<=']) + ' ' + int_expr(c, d - 1, a) + ')'
    if r < 0.55:
        return aw(cond(c, d - 1, a), 'boolean', a)
    if r < 0.8:
        return '(' + cond(c, d - 1, a) + ' ' + R.choice(['&&', '||']) + ' ' + cond(c, d - 1, a) + ')'
    if r < 0.9:
        return '!' + cond(c, d - 1, a)
    return '(' + long_expr(c, d - 1, a) + ' > ' + long_expr(c, d - 1, a) + ')'


# statements are generated once as a tree of closures rendering both variants with the same choices:
# we draw the random choices by rendering with a seeded sub-generator twice.

def stmt(c, d, a, ind):
    r = R.random()
    p = '    ' * ind
    if d <= 0 or r < 0.3:
        k = R.random()
        if k < 0.25:
            return p + R.choice(INTS) + ' ' + R.choice(['=', '+=', '-=', '^=']) + ' ' + int_expr(c, 2, a) + ';\n'
        if k < 0.4:
            return p + R.choice(LONGS) + ' += ' + long_expr(c, 2, a) + ';\n'
        if k < 0.5:
            return p + 'd0 = ' + dbl_expr(c, 2, a) + ';\n'
        if k < 0.65:
            return p + R.choice(STRS) + ' = t(' + str_expr(c, 2, a) + ');\n'
        if k < 0.75:
            return p + 'arr[Math.floorMod(' + int_expr(c, 1, a) + ', arr.length)] = ' + int_expr(c, 2, a) + ';\n'
        if k < 0.9:
            return p + 'Knob.log("L' + str(R.randint(0, 999)) + ' " + ' + R.choice([int_expr, long_expr, str_expr, dbl_expr])(c, 2, a) + ');\n'
        return p + ('await(pause());\n' if a else '// pause\n')
    if r < 0.45:
        s = p + 'if (' + cond(c, 2, a) + ') {\n' + block(c, d - 1, a, ind + 1) + p + '}'
        if R.random() < 0.5:
            s += ' else {\n' + block(c, d - 1, a, ind + 1) + p + '}'
        return s + '\n'
    if r < 0.57:
        c.loopvars += 1
        v = 'k' + str(c.loopvars)
        n = R.randint(1, 3)
        body = block(c, d - 1, a, ind + 1)
        extra = ''
        if R.random() < 0.3:
            extra = p + '    if (' + cond(c, 1, a) + ') {\n' + p + '        ' + R.choice(['break', 'continue']) + ';\n' + p + '    }\n'
        return p + 'for (int ' + v + ' = 0; ' + v + ' < ' + str(n) + '; ' + v + '++) {\n' + p + '    i2 += ' + v + ';\n' + extra + body + p + '}\n'
    if r < 0.64:
        c.loopvars += 1
        v = 'w' + str(c.loopvars)
        return (p + 'int ' + v + ' = 0;\n' + p + 'do {\n' + block(c, d - 1, a, ind + 1) + p + '    ' + v + '++;\n'
                + p + '} while (' + v + ' < ' + str(R.randint(1, 3)) + ' && ' + cond(c, 1, a) + ');\n')
    if r < 0.74:
        s = p + 'switch (Math.floorMod(' + int_expr(c, 2, a) + ', 4)) {\n'
        for k in range(3):
            s += p + '    case ' + str(k) + ':\n' + block(c, d - 1, a, ind + 2)
            if R.random() < 0.7:
                s += p + '        break;\n'
        s += p + '    default:\n' + block(c, d - 1, a, ind + 2) + p + '}\n'
        return s
    if r < 0.8:
        s = p + R.choice(INTS) + ' = switch (Math.floorMod(' + int_expr(c, 1, a) + ', 3)) {\n'
        s += p + '    case 0 -> ' + int_expr(c, 2, a) + ';\n'
        c.in_switch_expr += 1
        inner = block(c, d - 1, a, ind + 2)
        c.in_switch_expr -= 1
        s += p + '    case 1 -> {\n' + inner + p + '        yield ' + int_expr(c, 2, a) + ';\n' + p + '    }\n'
        s += p + '    default -> ' + int_expr(c, 1, a) + ';\n' + p + '};\n'
        return s
    if r < 0.805:
        k = R.random()
        if k < 0.25:
            # a call to another @Async method (instance, with its own awaits and failures)
            return p + 'i1 += ' + ('await(ctr.bump(' + int_expr(c, 1, a) + '))' if a else 'ctr.bumpPlain(' + int_expr(c, 1, a) + ')') + ';\n'
        if k < 0.45:
            return p + 'larr[Math.floorMod(' + int_expr(c, 1, a) + ', larr.length)] ' + R.choice(['+=', '^=', '*=']) + ' ' + long_expr(c, 2, a) + ';\n'
        if k < 0.6:
            return p + R.choice(['b0', 'ch0', 'sh0']) + ' += ' + int_expr(c, 1, a) + ';\n' + p + 'f0 *= ' + aw('1.5f', 'float', a) + ';\n'
        if k < 0.75:
            c.loopvars += 1
            v = 'x' + str(c.loopvars)
            return (p + 'for (var ' + v + ' : java.util.List.of(' + str_expr(c, 1, a) + ', "q")) {\n' + p + '    s1 = t(s1 + ' + v + ');\n'
                    + block(c, d - 1, a, ind + 1) + p + '}\n')
        if k < 0.88:
            c.loopvars += 1
            v = 'cap' + str(c.loopvars)
            return (p + 'final int ' + v + ' = ' + int_expr(c, 2, a) + ';\n' + p + 'java.util.function.IntSupplier sup' + v + ' = () -> '
                    + v + ' * 3 + 1;\n' + p + 'i0 ^= sup' + v + '.getAsInt();\n')
        return (p + 's0 = t(switch (t(' + str_expr(c, 1, a) + ')) {\n' + p + '    case "k1", "k2" -> ' + str_expr(c, 1, a) + ';\n'
                + p + '    default -> {\n' + p + '        String y = ' + str_expr(c, 1, a) + ';\n' + p + '        yield y + ' + int_expr(c, 1, a) + ';\n'
                + p + '    }\n' + p + '});\n')
    if r < 0.83:
        # labelled nested loops with break/continue to the outer label
        c.labels += 1
        lab = 'outer' + str(c.labels)
        c.loopvars += 1
        v1 = 'm' + str(c.loopvars)
        c.loopvars += 1
        v2 = 'm' + str(c.loopvars)
        s = p + lab + ':\n' + p + 'for (int ' + v1 + ' = 0; ' + v1 + ' < 3; ' + v1 + '++) {\n'
        s += p + '    for (int ' + v2 + ' = 0; ' + v2 + ' < 3; ' + v2 + '++) {\n'
        s += p + '        i2 += ' + v1 + ' * 3 + ' + v2 + ';\n'
        s += p + '        if (' + cond(c, 1, a) + ') {\n' + p + '            ' + R.choice(['continue ', 'break ']) + lab + ';\n' + p + '        }\n'
        s += block(c, d - 1, a, ind + 2)
        s += p + '    }\n' + p + '}\n'
        return s
    if r < 0.86:
        s = p + 'switch (t(' + str_expr(c, 1, a) + ')) {\n'
        for k in range(2):
            s += p + '    case "k' + str(R.randint(0, 9)) + 'x' + str(k) + '":\n' + block(c, d - 1, a, ind + 2) + p + '        break;\n'
        s += p + '    default:\n' + block(c, d - 1, a, ind + 2) + p + '}\n'
        return s
    if r < 0.89:
        c.loopvars += 1
        rv = 'r' + str(c.loopvars)
        return (p + 'try (Res ' + rv + ' = new Res(' + str_expr(c, 1, a) + ')) {\n' + p + '    s1 = t(s1 + ' + rv + '.name);\n'
                + block(c, d - 1, a, ind + 1) + p + '}\n')
    if r < 0.91 and not NOSYNC:
        # a synchronized block never holds an await: its body is rendered without awaits in both variants
        return p + 'synchronized (LOCK) {\n' + block(c, 1, False, ind + 1) + p + '}\n'
    if r < 0.93 and not c.in_switch_expr:
        res = RES
        return p + 'if (' + cond(c, 1, a) + ') {\n' + p + '    return ' + ('done(' + res + ')' if c.async_method else res) + ';\n' + p + '}\n'
    # try / catch / finally, with a failure that may be awaited
    fail = ('await(fail("x' + str(R.randint(0, 99)) + '"));' if a else 'V.failPlain("x' + str(R.randint(0, 99)) + '");')
    # keep the random stream aligned: draw the same number in both variants
    s = p + 'try {\n' + block(c, d - 1, a, ind + 1)
    s += p + '    if (' + cond(c, 1, a) + ') {\n' + p + '        ' + fail + '\n' + p + '    }\n'
    s += block(c, d - 1, a, ind + 1) + p + '}'
    c.loopvars += 1
    ev = 'e' + str(c.loopvars)
    if R.random() < 0.8:
        s += ' catch (IllegalArgumentException ' + ev + ') {\n' + p + '    Knob.log("caught " + ' + ev + '.getMessage() + " " + i0);\n' + block(c, d - 1, a, ind + 1) + p + '}'
        if R.random() < 0.5:
            s += ' finally {\n' + p + '    Knob.log("finally " + i1);\n' + block(c, d - 1, a, ind + 1) + p + '}'
    else:
        s += ' finally {\n' + p + '    Knob.log("finally " + i1);\n' + block(c, d - 1, a, ind + 1) + p + '}'
    return s + '\n'


def block(c, d, a, ind):
    n = R.randint(1, 2) if d < 3 else R.randint(2, 4)
    return ''.join(stmt(c, d, a, ind) for _ in range(n))


def method(idx):
    state = R.getstate()
    out = []
    for a in (True, False):
        R.setstate(state)
        c = Ctx()
        c.async_method = a
        name = 'fuzz' + str(idx) + ('' if a else 'Plain')
        head = ('    @Async\n    public static Coroutine<String> ' if a else '    public static String ') + name + '(int seed) {\n'
        body = ('        int i0 = seed, i1 = seed * 3 + 1, i2 = 7;\n'
                '        long l0 = seed * 1000003L, l1 = -1L;\n'
                '        double d0 = seed / 8.0;\n'
                '        String s0 = "s" + seed, s1 = "";\n'
                '        int[] arr = {seed, 1, 2, 3};\n'
                '        long[] larr = {seed, -seed};\n'
                '        byte b0 = (byte) seed;\n'
                '        char ch0 = \'c\';\n'
                '        short sh0 = (short) (seed * 100);\n'
                '        float f0 = 0.5f;\n'
                '        Ctr ctr = new Ctr(seed);\n'
                '        i2 += ' + ('await(v(1))' if a else '(1)') + ';\n')
        body += block(c, 3, a, 2)
        res = RES
        body += '        return ' + ('done(' + res + ')' if a else res) + ';\n    }\n'
        out.append(head + body)
    return '\n'.join(out)


print('''package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.Knob;
import java.util.Arrays;

/**
 * GENERATED by src/test/resources/cases/fuzz/genfuzz.py (seed %d): random structured methods mixing
 * loops, switches, switch expressions, try/catch/finally, ternaries, short-circuits, nested constructors,
 * long/double/String values and awaits (some already complete), each with its plain twin.
 */
@SuppressWarnings("all")
public final class Fuzz {
    private Fuzz() {}

    public static final int COUNT = %d;

    static int f(int a, long b, String c) {
        return (int) (a * 31 + b %% 1000 + c.length());
    }

    static String t(String s) {
        return s.length() > 24 ? s.substring(s.length() - 24) : s;
    }

    static final Object LOCK = new Object();

    static final class Res implements AutoCloseable {
        final String name;

        Res(String name) {
            this.name = name;
            Knob.log("open " + name);
        }

        @Override
        public void close() {
            Knob.log("close " + name);
        }
    }

    static final class Ctr {
        int n;

        Ctr(int n) {
            this.n = n;
        }

        @Async
        Coroutine<Integer> bump(int by) {
            n += await(v(by));
            if (n %% 7 == 3) {
                Knob.log("bump fails at " + n);
                await(fail("bump " + n));
            }
            return done(n);
        }

        int bumpPlain(int by) {
            n += by;
            if (n %% 7 == 3) {
                Knob.log("bump fails at " + n);
                V.failPlain("bump " + n);
            }
            return n;
        }

        @Override
        public String toString() {
            return "Ctr" + n;
        }
    }

    static final class P {
        final int n;
        final String s;

        P(int n, String s) {
            this.n = n;
            this.s = s;
        }

        @Override
        public String toString() {
            return "P" + n + s.length();
        }
    }
''' % (SEED, METHODS))
for i in range(METHODS):
    print(method(i))
print('}')
