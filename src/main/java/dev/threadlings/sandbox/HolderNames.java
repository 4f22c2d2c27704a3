package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.Holders;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Where the learner's code puts an object it has just made into a named place — {@code Account alice = new
 * Account(…)}, {@code this.lock = new Object()}, {@code static final Lock LOCK = new ReentrantLock()}, a factory's
 * result ({@code ExecutorService pool = Executors.newFixedThreadPool(2)}) — the runtime is told the place's name
 * ({@link Holders}), so a trace names the object by what holds it. Only a value made right there counts (a
 * constructor call, an array, a static factory call, then at most a cast and a copy): a variable that only looks an
 * object up ({@code Account a = accounts.get(i)}) is no holder. Local variables are named from the class file's
 * local variable table (JShell compiles with {@code -g}); without one, locals are left unnamed.
 */
final class HolderNames implements Opcodes {
    private static final StandIn VARIABLE = StandIn.of(Holders.class, "variable");
    private static final StandIn FIELD = StandIn.of(Holders.class, "field");

    private HolderNames() {}

    /**
     * {@code owner}: the method's class; {@code superCall}: in a constructor, the call of super(…) or this(…); no
     * field of {@code this} before it.
     */
    static void apply(String owner, MethodNode method, AbstractInsnNode superCall) {
        boolean script = ClassFacts.display(owner).isEmpty(); // a JShell wrapper: top-level statements
        boolean beforeSuper = superCall != null;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn == superCall) {
                beforeSuper = false;
            }
            if (!made(insn)) {
                continue;
            }
            AbstractInsnNode store = next(insn);
            if (store != null && store.getOpcode() == CHECKCAST) {
                store = next(store);
            }
            boolean copied = store != null && store.getOpcode() == DUP;
            if (copied) {
                store = next(store);
            }
            if (store == null) {
                continue;
            }
            InsnList told = new InsnList();
            if (store instanceof VarInsnNode v && v.getOpcode() == ASTORE) {
                String name = local(method, v);
                if (name == null) {
                    continue;
                }
                if (script && name.endsWith("_")) {
                    name = name.substring(0, name.length() - 1); // JShell's `Wallet alice_ = …; alice = alice_;`
                }
                told.add(new InsnNode(DUP));
                told.add(new LdcInsnNode(name));
                told.add(VARIABLE.call());
            } else if (store instanceof FieldInsnNode f && f.getOpcode() == PUTSTATIC && readable(f.name)) {
                String cls = ClassFacts.display(f.owner);
                told.add(new InsnNode(DUP));
                told.add(new LdcInsnNode(cls.isEmpty() ? f.name : cls + "." + f.name)); // "": a script variable
                told.add(VARIABLE.call());
            } else if (store instanceof FieldInsnNode f && f.getOpcode() == PUTFIELD && !copied && !beforeSuper
                    && readable(f.name)) {
                told.add(new InsnNode(DUP2)); // owner, value
                told.add(new LdcInsnNode(f.name));
                told.add(FIELD.call());
            } else {
                continue;
            }
            method.instructions.insertBefore(store, told);
        }
    }

    /** An instruction that leaves a reference it has just made on the stack. */
    private static boolean made(AbstractInsnNode insn) {
        return switch (insn) {
            case MethodInsnNode call when call.getOpcode() == INVOKESPECIAL && call.name.equals("<init>") ->
                    javacNew(call);
            case MethodInsnNode call when call.getOpcode() == INVOKESTATIC -> {
                int sort = Type.getReturnType(call.desc).getSort();
                yield sort == Type.OBJECT || sort == Type.ARRAY;
            }
            default -> insn.getOpcode() == NEWARRAY || insn.getOpcode() == ANEWARRAY
                    || insn.getOpcode() == MULTIANEWARRAY;
        };
    }

    /** A constructor call of javac's {@code NEW, DUP, arguments, <init>}: the object made is on the stack after it. */
    private static boolean javacNew(MethodInsnNode init) {
        int depth = 0;
        for (AbstractInsnNode i = init.getPrevious(); i != null; i = i.getPrevious()) {
            if (i instanceof MethodInsnNode m && m.getOpcode() == INVOKESPECIAL && m.name.equals("<init>")) {
                depth++;
            } else if (i.getOpcode() == NEW) {
                if (depth == 0) {
                    AbstractInsnNode dup = next(i);
                    return dup != null && dup.getOpcode() == DUP;
                }
                depth--;
            }
        }
        return false; // this(…) or super(…): nothing made
    }

    /** The name of the local variable {@code store} sets, from the local variable table; null without one. */
    private static String local(MethodNode method, VarInsnNode store) {
        if (method.localVariables == null) {
            return null;
        }
        int at = method.instructions.indexOf(store);
        for (LocalVariableNode lv : method.localVariables) {
            if (lv.index == store.var && method.instructions.indexOf(lv.start) <= at + 1
                    && method.instructions.indexOf(lv.end) > at && readable(lv.name)) {
                return lv.name;
            }
        }
        return null;
    }

    /** Not a name javac or JShell made up ({@code this$0}, {@code val$x}, {@code $1}). */
    private static boolean readable(String name) {
        return !name.isEmpty() && name.indexOf('$') < 0;
    }

    /** The next instruction, past labels, line numbers and frames. */
    private static AbstractInsnNode next(AbstractInsnNode insn) {
        AbstractInsnNode n = insn.getNext();
        while (n != null && n.getOpcode() < 0) {
            n = n.getNext();
        }
        return n;
    }
}
