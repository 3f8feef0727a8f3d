package dev.boucle.instrumenter;

import java.util.ArrayList;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The new code of the original method (PROTOCOL §1): creates the frame, bound to the body
 * by a non-capturing {@code invokedynamic} of {@code LambdaMetafactory}, stores the live arguments
 * into it, and returns it. Name, descriptor, flags, annotations and signature are untouched.
 */
final class CreatorEmitter implements Pass {

    private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    /** Gives the method (whose old code moved to the body) the frame creation as its code. */
    @Override
    public void run(MethodContext ctx) {
        ClassInfo cls = ctx.cls;
        MethodNode m = ctx.method;
        MethodNode body = ctx.body();
        StateMachineEmitter.Layout sm = ctx.layout();
        boolean isStatic = ctx.isStatic;
        InsnList code = new InsnList();
        LabelNode start = new LabelNode();
        DebugInfo.addLabelWithLine(code, start, ctx.firstLine);
        code.add(new TypeInsnNode(Opcodes.NEW, Names.FRAME));
        code.add(new InsnNode(Opcodes.DUP));
        Handle impl = new Handle(isStatic ? Opcodes.H_INVOKESTATIC : Opcodes.H_INVOKESPECIAL, cls.name, body.name,
                body.desc, cls.isInterface);
        String instantiated = isStatic ? Names.BODY_SAM_DESC
                : "(L" + cls.name + ";" + Names.FRAME_DESC + ")" + Names.OBJECT_DESC;
        code.add(new InvokeDynamicInsnNode("resume", "()L" + Names.BODY + ";", METAFACTORY,
                Type.getMethodType(Names.BODY_SAM_DESC), impl, Type.getMethodType(instantiated)));
        code.add(isStatic ? new InsnNode(Opcodes.ACONST_NULL) : new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new LdcInsnNode(cls.name));
        code.add(new LdcInsnNode(m.name));
        code.add(FrameCode.pushInt(sm.primCount));
        code.add(FrameCode.pushInt(sm.refCount));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, Names.FRAME, "<init>", Names.FRAME_INIT_DESC, false));
        for (SpillPlan.Value v : sm.entry.locals) {
            FrameCode.spill(code, new InsnNode(Opcodes.DUP), v);
        }
        code.add(new InsnNode(Opcodes.ARETURN));
        m.instructions = code;
        m.tryCatchBlocks = new ArrayList<>();
        m.localVariables = null;
        m.visibleLocalVariableAnnotations = null;
        m.invisibleLocalVariableAnnotations = null;
        m.maxStack = 0;
        m.maxLocals = 0;
    }
}
