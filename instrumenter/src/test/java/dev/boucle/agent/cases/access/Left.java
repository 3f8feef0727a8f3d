package dev.boucle.agent.cases.access;

public final class Left extends Hidden {
}
