package dev.boucle.instrumenter;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * Refuses declarations that cannot be {@code @Async}: constructors and initialisers, native and
 * {@code synchronized} methods (a monitor cannot be held across a suspension: another task on the
 * same thread would re-enter it), and a return type other than {@code Coroutine}.
 */
final class DeclarationCheck implements Pass {

    @Override
    public void run(MethodContext ctx) throws Refusal {
        MethodNode m = ctx.method;
        if (m.name.equals("<init>") || m.name.equals("<clinit>")) {
            throw new Refusal("Boucle: " + ctx.where(null) + " is a constructor or initialiser marked @Async, which"
                    + " cannot suspend. Fix: move the asynchronous work into an @Async method (a static factory) and"
                    + " call it after construction.");
        }
        if ((m.access & Opcodes.ACC_NATIVE) != 0) {
            throw ctx.refuse(null, "is native: only a Java body can be rewritten into a state machine.",
                    "remove @Async, or give the method a Java body.");
        }
        if ((m.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
            throw ctx.refuse(null, "is synchronized: a monitor cannot be held across an await (the loop runs other"
                    + " tasks on the same thread meanwhile).", "remove synchronized; tasks on one loop never run at"
                    + " the same time, so state shared only by tasks needs no lock.");
        }
        Type returns = Type.getReturnType(m.desc);
        if (!returns.getDescriptor().equals(Names.COROUTINE_DESC)) {
            throw ctx.refuse(null, "returns " + returns.getClassName() + ", not dev.boucle.Coroutine.",
                    "declare it as returning Coroutine<T> and end it with return done(value); (or return done();"
                    + " for Coroutine<Void>).");
        }
    }
}
