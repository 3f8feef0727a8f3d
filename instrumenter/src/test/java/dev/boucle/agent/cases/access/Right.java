package dev.boucle.agent.cases.access;

public final class Right extends Hidden {
}
