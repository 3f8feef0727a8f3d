package dev.boucle.instrumenter;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Moves the state machine into the synthetic body method of PROTOCOL §2 (same name, the frame as
 * parameter, private, synthetic), renumbers its locals to the body's layout ({@link LocalRemapper})
 * and drops the local-variable entries whose range did not survive ({@link DebugInfo}). The
 * original method is left without code, for {@link CreatorEmitter}.
 */
final class BodyMethod implements Pass {

    @Override
    public void run(MethodContext ctx) {
        MethodNode m = ctx.method;
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (ctx.isStatic ? Opcodes.ACC_STATIC : 0)
                | (m.access & Opcodes.ACC_STRICT);
        MethodNode body = new MethodNode(Opcodes.ASM9, access, m.name, ctx.bodyDescriptor, null, null);
        body.instructions = m.instructions;
        body.tryCatchBlocks = m.tryCatchBlocks;
        body.localVariables = m.localVariables;
        body.visibleLocalVariableAnnotations = m.visibleLocalVariableAnnotations;
        body.invisibleLocalVariableAnnotations = m.invisibleLocalVariableAnnotations;
        LocalRemapper.apply(body, ctx.isStatic, ctx.layout().frameSlot);
        DebugInfo.pruneLocalVariables(body);
        m.instructions = new org.objectweb.asm.tree.InsnList();
        m.tryCatchBlocks = new java.util.ArrayList<>();
        m.localVariables = null;
        m.visibleLocalVariableAnnotations = null;
        m.invisibleLocalVariableAnnotations = null;
        ctx.setBody(body);
    }

    /** The body's descriptor: {@code (Frame)R} for an instance method, {@code (Object, Frame)R} for a static one. */
    static String descriptor(boolean isStatic, String returnType) {
        return (isStatic ? "(" + Names.OBJECT_DESC + Names.FRAME_DESC + ")" : "(" + Names.FRAME_DESC + ")")
                + "L" + returnType + ";";
    }
}
