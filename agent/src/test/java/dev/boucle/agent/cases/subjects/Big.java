package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;

/**
 * Big methods. GENERATED (see the python snippet in the commit that added it): hundreds of awaits,
 * and more than 255 locals (wide loads and stores) live across awaits.
 */
public final class Big {
    private Big() {}

    // 78. 320 awaits in one method, each with a live accumulator of each kind on the side
    @Async
    public static Coroutine<String> manyAwaits(int seed) {
        long acc = seed;
        double d = 0.5;
        String s = "";
        acc = acc * 31 + await(v(0 + seed));
        d += await(v(1.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(3 + seed));
        d += await(v(4.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(6 + seed));
        d += await(v(7.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(9 + seed));
        d += await(v(10.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(12 + seed));
        d += await(v(13.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(15 + seed));
        d += await(v(16.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(18 + seed));
        d += await(v(19.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(21 + seed));
        d += await(v(22.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(24 + seed));
        d += await(v(25.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(27 + seed));
        d += await(v(28.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(30 + seed));
        d += await(v(31.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(33 + seed));
        d += await(v(34.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(36 + seed));
        d += await(v(37.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(39 + seed));
        d += await(v(40.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(42 + seed));
        d += await(v(43.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(45 + seed));
        d += await(v(46.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(48 + seed));
        d += await(v(49.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(51 + seed));
        d += await(v(52.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(54 + seed));
        d += await(v(55.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(57 + seed));
        d += await(v(58.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(60 + seed));
        d += await(v(61.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(63 + seed));
        d += await(v(64.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(66 + seed));
        d += await(v(67.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(69 + seed));
        d += await(v(70.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(72 + seed));
        d += await(v(73.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(75 + seed));
        d += await(v(76.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(78 + seed));
        d += await(v(79.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(81 + seed));
        d += await(v(82.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(84 + seed));
        d += await(v(85.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(87 + seed));
        d += await(v(88.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(90 + seed));
        d += await(v(91.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(93 + seed));
        d += await(v(94.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(96 + seed));
        d += await(v(97.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(99 + seed));
        d += await(v(100.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(102 + seed));
        d += await(v(103.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(105 + seed));
        d += await(v(106.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(108 + seed));
        d += await(v(109.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(111 + seed));
        d += await(v(112.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(114 + seed));
        d += await(v(115.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(117 + seed));
        d += await(v(118.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(120 + seed));
        d += await(v(121.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(123 + seed));
        d += await(v(124.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(126 + seed));
        d += await(v(127.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(129 + seed));
        d += await(v(130.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(132 + seed));
        d += await(v(133.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(135 + seed));
        d += await(v(136.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(138 + seed));
        d += await(v(139.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(141 + seed));
        d += await(v(142.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(144 + seed));
        d += await(v(145.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(147 + seed));
        d += await(v(148.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(150 + seed));
        d += await(v(151.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(153 + seed));
        d += await(v(154.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(156 + seed));
        d += await(v(157.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(159 + seed));
        d += await(v(160.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(162 + seed));
        d += await(v(163.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(165 + seed));
        d += await(v(166.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(168 + seed));
        d += await(v(169.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(171 + seed));
        d += await(v(172.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(174 + seed));
        d += await(v(175.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(177 + seed));
        d += await(v(178.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(180 + seed));
        d += await(v(181.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(183 + seed));
        d += await(v(184.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(186 + seed));
        d += await(v(187.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(189 + seed));
        d += await(v(190.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(192 + seed));
        d += await(v(193.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(195 + seed));
        d += await(v(196.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(198 + seed));
        d += await(v(199.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(201 + seed));
        d += await(v(202.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(204 + seed));
        d += await(v(205.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(207 + seed));
        d += await(v(208.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(210 + seed));
        d += await(v(211.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(213 + seed));
        d += await(v(214.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(216 + seed));
        d += await(v(217.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(219 + seed));
        d += await(v(220.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(222 + seed));
        d += await(v(223.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(225 + seed));
        d += await(v(226.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(228 + seed));
        d += await(v(229.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(231 + seed));
        d += await(v(232.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(234 + seed));
        d += await(v(235.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(237 + seed));
        d += await(v(238.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(240 + seed));
        d += await(v(241.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(243 + seed));
        d += await(v(244.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(246 + seed));
        d += await(v(247.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(249 + seed));
        d += await(v(250.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(252 + seed));
        d += await(v(253.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(255 + seed));
        d += await(v(256.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(258 + seed));
        d += await(v(259.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(261 + seed));
        d += await(v(262.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(264 + seed));
        d += await(v(265.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(267 + seed));
        d += await(v(268.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(270 + seed));
        d += await(v(271.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(273 + seed));
        d += await(v(274.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(276 + seed));
        d += await(v(277.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(279 + seed));
        d += await(v(280.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(282 + seed));
        d += await(v(283.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(285 + seed));
        d += await(v(286.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(288 + seed));
        d += await(v(289.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "0"; }
        acc = acc * 31 + await(v(291 + seed));
        d += await(v(292.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "3"; }
        acc = acc * 31 + await(v(294 + seed));
        d += await(v(295.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "6"; }
        acc = acc * 31 + await(v(297 + seed));
        d += await(v(298.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "9"; }
        acc = acc * 31 + await(v(300 + seed));
        d += await(v(301.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "2"; }
        acc = acc * 31 + await(v(303 + seed));
        d += await(v(304.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "5"; }
        acc = acc * 31 + await(v(306 + seed));
        d += await(v(307.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "8"; }
        acc = acc * 31 + await(v(309 + seed));
        d += await(v(310.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "1"; }
        acc = acc * 31 + await(v(312 + seed));
        d += await(v(313.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "4"; }
        acc = acc * 31 + await(v(315 + seed));
        d += await(v(316.25)) / (acc % 7 + 1);
        if (await(v(acc % 2 == 0))) { s += "7"; }
        acc = acc * 31 + await(v(318 + seed));
        d += await(v(319.25)) / (acc % 7 + 1);
        return done(acc + "," + d + "," + s);
    }

    public static String manyAwaitsPlain(int seed) {
        long acc = seed;
        double d = 0.5;
        String s = "";
        acc = acc * 31 + (0 + seed);
        d += (1.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (3 + seed);
        d += (4.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (6 + seed);
        d += (7.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (9 + seed);
        d += (10.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (12 + seed);
        d += (13.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (15 + seed);
        d += (16.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (18 + seed);
        d += (19.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (21 + seed);
        d += (22.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (24 + seed);
        d += (25.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (27 + seed);
        d += (28.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (30 + seed);
        d += (31.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (33 + seed);
        d += (34.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (36 + seed);
        d += (37.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (39 + seed);
        d += (40.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (42 + seed);
        d += (43.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (45 + seed);
        d += (46.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (48 + seed);
        d += (49.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (51 + seed);
        d += (52.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (54 + seed);
        d += (55.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (57 + seed);
        d += (58.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (60 + seed);
        d += (61.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (63 + seed);
        d += (64.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (66 + seed);
        d += (67.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (69 + seed);
        d += (70.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (72 + seed);
        d += (73.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (75 + seed);
        d += (76.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (78 + seed);
        d += (79.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (81 + seed);
        d += (82.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (84 + seed);
        d += (85.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (87 + seed);
        d += (88.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (90 + seed);
        d += (91.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (93 + seed);
        d += (94.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (96 + seed);
        d += (97.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (99 + seed);
        d += (100.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (102 + seed);
        d += (103.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (105 + seed);
        d += (106.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (108 + seed);
        d += (109.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (111 + seed);
        d += (112.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (114 + seed);
        d += (115.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (117 + seed);
        d += (118.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (120 + seed);
        d += (121.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (123 + seed);
        d += (124.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (126 + seed);
        d += (127.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (129 + seed);
        d += (130.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (132 + seed);
        d += (133.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (135 + seed);
        d += (136.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (138 + seed);
        d += (139.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (141 + seed);
        d += (142.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (144 + seed);
        d += (145.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (147 + seed);
        d += (148.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (150 + seed);
        d += (151.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (153 + seed);
        d += (154.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (156 + seed);
        d += (157.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (159 + seed);
        d += (160.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (162 + seed);
        d += (163.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (165 + seed);
        d += (166.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (168 + seed);
        d += (169.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (171 + seed);
        d += (172.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (174 + seed);
        d += (175.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (177 + seed);
        d += (178.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (180 + seed);
        d += (181.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (183 + seed);
        d += (184.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (186 + seed);
        d += (187.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (189 + seed);
        d += (190.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (192 + seed);
        d += (193.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (195 + seed);
        d += (196.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (198 + seed);
        d += (199.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (201 + seed);
        d += (202.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (204 + seed);
        d += (205.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (207 + seed);
        d += (208.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (210 + seed);
        d += (211.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (213 + seed);
        d += (214.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (216 + seed);
        d += (217.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (219 + seed);
        d += (220.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (222 + seed);
        d += (223.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (225 + seed);
        d += (226.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (228 + seed);
        d += (229.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (231 + seed);
        d += (232.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (234 + seed);
        d += (235.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (237 + seed);
        d += (238.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (240 + seed);
        d += (241.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (243 + seed);
        d += (244.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (246 + seed);
        d += (247.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (249 + seed);
        d += (250.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (252 + seed);
        d += (253.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (255 + seed);
        d += (256.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (258 + seed);
        d += (259.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (261 + seed);
        d += (262.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (264 + seed);
        d += (265.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (267 + seed);
        d += (268.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (270 + seed);
        d += (271.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (273 + seed);
        d += (274.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (276 + seed);
        d += (277.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (279 + seed);
        d += (280.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (282 + seed);
        d += (283.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (285 + seed);
        d += (286.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (288 + seed);
        d += (289.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "0"; }
        acc = acc * 31 + (291 + seed);
        d += (292.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "3"; }
        acc = acc * 31 + (294 + seed);
        d += (295.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "6"; }
        acc = acc * 31 + (297 + seed);
        d += (298.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "9"; }
        acc = acc * 31 + (300 + seed);
        d += (301.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "2"; }
        acc = acc * 31 + (303 + seed);
        d += (304.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "5"; }
        acc = acc * 31 + (306 + seed);
        d += (307.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "8"; }
        acc = acc * 31 + (309 + seed);
        d += (310.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "1"; }
        acc = acc * 31 + (312 + seed);
        d += (313.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "4"; }
        acc = acc * 31 + (315 + seed);
        d += (316.25) / (acc % 7 + 1);
        if (acc % 2 == 0) { s += "7"; }
        acc = acc * 31 + (318 + seed);
        d += (319.25) / (acc % 7 + 1);
        return acc + "," + d + "," + s;
    }

    // 79. 300 locals (mostly more than 255 slots: wide instructions), all live across awaits
    @Async
    public static Coroutine<Long> manyLocals(int seed) {
        int x0 = 0 + seed;
        long x1 = 1L * seed;
        double x2 = 2.5 + seed;
        String x3 = "v3";
        float x4 = 4.25f;
        byte x5 = (byte) (5 + seed);
        char x6 = (char) ('a' + 6 % 26);
        boolean x7 = (seed + 7) % 3 == 0;
        short x8 = (short) (8 * seed);
        int x9 = 9 + seed;
        long x10 = 10L * seed;
        double x11 = 11.5 + seed;
        String x12 = "v12";
        float x13 = 13.25f;
        byte x14 = (byte) (14 + seed);
        char x15 = (char) ('a' + 15 % 26);
        boolean x16 = (seed + 16) % 3 == 0;
        short x17 = (short) (17 * seed);
        int x18 = 18 + seed;
        long x19 = 19L * seed;
        double x20 = 20.5 + seed;
        String x21 = "v21";
        float x22 = 22.25f;
        byte x23 = (byte) (23 + seed);
        char x24 = (char) ('a' + 24 % 26);
        await(pause());
        boolean x25 = (seed + 25) % 3 == 0;
        short x26 = (short) (26 * seed);
        int x27 = 27 + seed;
        long x28 = 28L * seed;
        double x29 = 29.5 + seed;
        String x30 = "v30";
        float x31 = 31.25f;
        byte x32 = (byte) (32 + seed);
        char x33 = (char) ('a' + 33 % 26);
        boolean x34 = (seed + 34) % 3 == 0;
        short x35 = (short) (35 * seed);
        int x36 = 36 + seed;
        long x37 = 37L * seed;
        double x38 = 38.5 + seed;
        String x39 = "v39";
        float x40 = 40.25f;
        byte x41 = (byte) (41 + seed);
        char x42 = (char) ('a' + 42 % 26);
        boolean x43 = (seed + 43) % 3 == 0;
        short x44 = (short) (44 * seed);
        int x45 = 45 + seed;
        long x46 = 46L * seed;
        double x47 = 47.5 + seed;
        String x48 = "v48";
        float x49 = 49.25f;
        await(pause());
        byte x50 = (byte) (50 + seed);
        char x51 = (char) ('a' + 51 % 26);
        boolean x52 = (seed + 52) % 3 == 0;
        short x53 = (short) (53 * seed);
        int x54 = 54 + seed;
        long x55 = 55L * seed;
        double x56 = 56.5 + seed;
        String x57 = "v57";
        float x58 = 58.25f;
        byte x59 = (byte) (59 + seed);
        char x60 = (char) ('a' + 60 % 26);
        boolean x61 = (seed + 61) % 3 == 0;
        short x62 = (short) (62 * seed);
        int x63 = 63 + seed;
        long x64 = 64L * seed;
        double x65 = 65.5 + seed;
        String x66 = "v66";
        float x67 = 67.25f;
        byte x68 = (byte) (68 + seed);
        char x69 = (char) ('a' + 69 % 26);
        boolean x70 = (seed + 70) % 3 == 0;
        short x71 = (short) (71 * seed);
        int x72 = 72 + seed;
        long x73 = 73L * seed;
        double x74 = 74.5 + seed;
        await(pause());
        String x75 = "v75";
        float x76 = 76.25f;
        byte x77 = (byte) (77 + seed);
        char x78 = (char) ('a' + 78 % 26);
        boolean x79 = (seed + 79) % 3 == 0;
        short x80 = (short) (80 * seed);
        int x81 = 81 + seed;
        long x82 = 82L * seed;
        double x83 = 83.5 + seed;
        String x84 = "v84";
        float x85 = 85.25f;
        byte x86 = (byte) (86 + seed);
        char x87 = (char) ('a' + 87 % 26);
        boolean x88 = (seed + 88) % 3 == 0;
        short x89 = (short) (89 * seed);
        int x90 = 90 + seed;
        long x91 = 91L * seed;
        double x92 = 92.5 + seed;
        String x93 = "v93";
        float x94 = 94.25f;
        byte x95 = (byte) (95 + seed);
        char x96 = (char) ('a' + 96 % 26);
        boolean x97 = (seed + 97) % 3 == 0;
        short x98 = (short) (98 * seed);
        int x99 = 99 + seed;
        await(pause());
        long x100 = 100L * seed;
        double x101 = 101.5 + seed;
        String x102 = "v102";
        float x103 = 103.25f;
        byte x104 = (byte) (104 + seed);
        char x105 = (char) ('a' + 105 % 26);
        boolean x106 = (seed + 106) % 3 == 0;
        short x107 = (short) (107 * seed);
        int x108 = 108 + seed;
        long x109 = 109L * seed;
        double x110 = 110.5 + seed;
        String x111 = "v111";
        float x112 = 112.25f;
        byte x113 = (byte) (113 + seed);
        char x114 = (char) ('a' + 114 % 26);
        boolean x115 = (seed + 115) % 3 == 0;
        short x116 = (short) (116 * seed);
        int x117 = 117 + seed;
        long x118 = 118L * seed;
        double x119 = 119.5 + seed;
        String x120 = "v120";
        float x121 = 121.25f;
        byte x122 = (byte) (122 + seed);
        char x123 = (char) ('a' + 123 % 26);
        boolean x124 = (seed + 124) % 3 == 0;
        await(pause());
        short x125 = (short) (125 * seed);
        int x126 = 126 + seed;
        long x127 = 127L * seed;
        double x128 = 128.5 + seed;
        String x129 = "v129";
        float x130 = 130.25f;
        byte x131 = (byte) (131 + seed);
        char x132 = (char) ('a' + 132 % 26);
        boolean x133 = (seed + 133) % 3 == 0;
        short x134 = (short) (134 * seed);
        int x135 = 135 + seed;
        long x136 = 136L * seed;
        double x137 = 137.5 + seed;
        String x138 = "v138";
        float x139 = 139.25f;
        byte x140 = (byte) (140 + seed);
        char x141 = (char) ('a' + 141 % 26);
        boolean x142 = (seed + 142) % 3 == 0;
        short x143 = (short) (143 * seed);
        int x144 = 144 + seed;
        long x145 = 145L * seed;
        double x146 = 146.5 + seed;
        String x147 = "v147";
        float x148 = 148.25f;
        byte x149 = (byte) (149 + seed);
        await(pause());
        char x150 = (char) ('a' + 150 % 26);
        boolean x151 = (seed + 151) % 3 == 0;
        short x152 = (short) (152 * seed);
        int x153 = 153 + seed;
        long x154 = 154L * seed;
        double x155 = 155.5 + seed;
        String x156 = "v156";
        float x157 = 157.25f;
        byte x158 = (byte) (158 + seed);
        char x159 = (char) ('a' + 159 % 26);
        boolean x160 = (seed + 160) % 3 == 0;
        short x161 = (short) (161 * seed);
        int x162 = 162 + seed;
        long x163 = 163L * seed;
        double x164 = 164.5 + seed;
        String x165 = "v165";
        float x166 = 166.25f;
        byte x167 = (byte) (167 + seed);
        char x168 = (char) ('a' + 168 % 26);
        boolean x169 = (seed + 169) % 3 == 0;
        short x170 = (short) (170 * seed);
        int x171 = 171 + seed;
        long x172 = 172L * seed;
        double x173 = 173.5 + seed;
        String x174 = "v174";
        await(pause());
        float x175 = 175.25f;
        byte x176 = (byte) (176 + seed);
        char x177 = (char) ('a' + 177 % 26);
        boolean x178 = (seed + 178) % 3 == 0;
        short x179 = (short) (179 * seed);
        int x180 = 180 + seed;
        long x181 = 181L * seed;
        double x182 = 182.5 + seed;
        String x183 = "v183";
        float x184 = 184.25f;
        byte x185 = (byte) (185 + seed);
        char x186 = (char) ('a' + 186 % 26);
        boolean x187 = (seed + 187) % 3 == 0;
        short x188 = (short) (188 * seed);
        int x189 = 189 + seed;
        long x190 = 190L * seed;
        double x191 = 191.5 + seed;
        String x192 = "v192";
        float x193 = 193.25f;
        byte x194 = (byte) (194 + seed);
        char x195 = (char) ('a' + 195 % 26);
        boolean x196 = (seed + 196) % 3 == 0;
        short x197 = (short) (197 * seed);
        int x198 = 198 + seed;
        long x199 = 199L * seed;
        await(pause());
        double x200 = 200.5 + seed;
        String x201 = "v201";
        float x202 = 202.25f;
        byte x203 = (byte) (203 + seed);
        char x204 = (char) ('a' + 204 % 26);
        boolean x205 = (seed + 205) % 3 == 0;
        short x206 = (short) (206 * seed);
        int x207 = 207 + seed;
        long x208 = 208L * seed;
        double x209 = 209.5 + seed;
        String x210 = "v210";
        float x211 = 211.25f;
        byte x212 = (byte) (212 + seed);
        char x213 = (char) ('a' + 213 % 26);
        boolean x214 = (seed + 214) % 3 == 0;
        short x215 = (short) (215 * seed);
        int x216 = 216 + seed;
        long x217 = 217L * seed;
        double x218 = 218.5 + seed;
        String x219 = "v219";
        float x220 = 220.25f;
        byte x221 = (byte) (221 + seed);
        char x222 = (char) ('a' + 222 % 26);
        boolean x223 = (seed + 223) % 3 == 0;
        short x224 = (short) (224 * seed);
        await(pause());
        int x225 = 225 + seed;
        long x226 = 226L * seed;
        double x227 = 227.5 + seed;
        String x228 = "v228";
        float x229 = 229.25f;
        byte x230 = (byte) (230 + seed);
        char x231 = (char) ('a' + 231 % 26);
        boolean x232 = (seed + 232) % 3 == 0;
        short x233 = (short) (233 * seed);
        int x234 = 234 + seed;
        long x235 = 235L * seed;
        double x236 = 236.5 + seed;
        String x237 = "v237";
        float x238 = 238.25f;
        byte x239 = (byte) (239 + seed);
        char x240 = (char) ('a' + 240 % 26);
        boolean x241 = (seed + 241) % 3 == 0;
        short x242 = (short) (242 * seed);
        int x243 = 243 + seed;
        long x244 = 244L * seed;
        double x245 = 245.5 + seed;
        String x246 = "v246";
        float x247 = 247.25f;
        byte x248 = (byte) (248 + seed);
        char x249 = (char) ('a' + 249 % 26);
        await(pause());
        boolean x250 = (seed + 250) % 3 == 0;
        short x251 = (short) (251 * seed);
        int x252 = 252 + seed;
        long x253 = 253L * seed;
        double x254 = 254.5 + seed;
        String x255 = "v255";
        float x256 = 256.25f;
        byte x257 = (byte) (257 + seed);
        char x258 = (char) ('a' + 258 % 26);
        boolean x259 = (seed + 259) % 3 == 0;
        short x260 = (short) (260 * seed);
        int x261 = 261 + seed;
        long x262 = 262L * seed;
        double x263 = 263.5 + seed;
        String x264 = "v264";
        float x265 = 265.25f;
        byte x266 = (byte) (266 + seed);
        char x267 = (char) ('a' + 267 % 26);
        boolean x268 = (seed + 268) % 3 == 0;
        short x269 = (short) (269 * seed);
        int x270 = 270 + seed;
        long x271 = 271L * seed;
        double x272 = 272.5 + seed;
        String x273 = "v273";
        float x274 = 274.25f;
        await(pause());
        byte x275 = (byte) (275 + seed);
        char x276 = (char) ('a' + 276 % 26);
        boolean x277 = (seed + 277) % 3 == 0;
        short x278 = (short) (278 * seed);
        int x279 = 279 + seed;
        long x280 = 280L * seed;
        double x281 = 281.5 + seed;
        String x282 = "v282";
        float x283 = 283.25f;
        byte x284 = (byte) (284 + seed);
        char x285 = (char) ('a' + 285 % 26);
        boolean x286 = (seed + 286) % 3 == 0;
        short x287 = (short) (287 * seed);
        int x288 = 288 + seed;
        long x289 = 289L * seed;
        double x290 = 290.5 + seed;
        String x291 = "v291";
        float x292 = 292.25f;
        byte x293 = (byte) (293 + seed);
        char x294 = (char) ('a' + 294 % 26);
        boolean x295 = (seed + 295) % 3 == 0;
        short x296 = (short) (296 * seed);
        int x297 = 297 + seed;
        long x298 = 298L * seed;
        double x299 = 299.5 + seed;
        await(pause());
        long h = 17;
        x0 = await(v(x0));
        h = h * 31 + x0;
        h = h * 31 + x1;
        h = h * 31 + (long) (x2 * 4);
        h = h * 31 + x3.hashCode();
        h = h * 31 + (long) (x4 * 4);
        h = h * 31 + x5;
        h = h * 31 + x6;
        h = h * 31 + (x7 ? 1 : 0);
        h = h * 31 + x8;
        h = h * 31 + x9;
        x10 = await(v(x10));
        h = h * 31 + x10;
        h = h * 31 + (long) (x11 * 4);
        h = h * 31 + x12.hashCode();
        h = h * 31 + (long) (x13 * 4);
        h = h * 31 + x14;
        h = h * 31 + x15;
        h = h * 31 + (x16 ? 1 : 0);
        h = h * 31 + x17;
        h = h * 31 + x18;
        h = h * 31 + x19;
        x20 = await(v(x20));
        h = h * 31 + (long) (x20 * 4);
        h = h * 31 + x21.hashCode();
        h = h * 31 + (long) (x22 * 4);
        h = h * 31 + x23;
        h = h * 31 + x24;
        h = h * 31 + (x25 ? 1 : 0);
        h = h * 31 + x26;
        h = h * 31 + x27;
        h = h * 31 + x28;
        h = h * 31 + (long) (x29 * 4);
        x30 = await(v(x30));
        h = h * 31 + x30.hashCode();
        h = h * 31 + (long) (x31 * 4);
        h = h * 31 + x32;
        h = h * 31 + x33;
        h = h * 31 + (x34 ? 1 : 0);
        h = h * 31 + x35;
        h = h * 31 + x36;
        h = h * 31 + x37;
        h = h * 31 + (long) (x38 * 4);
        h = h * 31 + x39.hashCode();
        await(pause());
        h = h * 31 + (long) (x40 * 4);
        h = h * 31 + x41;
        h = h * 31 + x42;
        h = h * 31 + (x43 ? 1 : 0);
        h = h * 31 + x44;
        h = h * 31 + x45;
        h = h * 31 + x46;
        h = h * 31 + (long) (x47 * 4);
        h = h * 31 + x48.hashCode();
        h = h * 31 + (long) (x49 * 4);
        await(pause());
        h = h * 31 + x50;
        h = h * 31 + x51;
        h = h * 31 + (x52 ? 1 : 0);
        h = h * 31 + x53;
        h = h * 31 + x54;
        h = h * 31 + x55;
        h = h * 31 + (long) (x56 * 4);
        h = h * 31 + x57.hashCode();
        h = h * 31 + (long) (x58 * 4);
        h = h * 31 + x59;
        await(pause());
        h = h * 31 + x60;
        h = h * 31 + (x61 ? 1 : 0);
        h = h * 31 + x62;
        h = h * 31 + x63;
        h = h * 31 + x64;
        h = h * 31 + (long) (x65 * 4);
        h = h * 31 + x66.hashCode();
        h = h * 31 + (long) (x67 * 4);
        h = h * 31 + x68;
        h = h * 31 + x69;
        await(pause());
        h = h * 31 + (x70 ? 1 : 0);
        h = h * 31 + x71;
        h = h * 31 + x72;
        h = h * 31 + x73;
        h = h * 31 + (long) (x74 * 4);
        h = h * 31 + x75.hashCode();
        h = h * 31 + (long) (x76 * 4);
        h = h * 31 + x77;
        h = h * 31 + x78;
        h = h * 31 + (x79 ? 1 : 0);
        await(pause());
        h = h * 31 + x80;
        h = h * 31 + x81;
        h = h * 31 + x82;
        h = h * 31 + (long) (x83 * 4);
        h = h * 31 + x84.hashCode();
        h = h * 31 + (long) (x85 * 4);
        h = h * 31 + x86;
        h = h * 31 + x87;
        h = h * 31 + (x88 ? 1 : 0);
        h = h * 31 + x89;
        x90 = await(v(x90));
        h = h * 31 + x90;
        h = h * 31 + x91;
        h = h * 31 + (long) (x92 * 4);
        h = h * 31 + x93.hashCode();
        h = h * 31 + (long) (x94 * 4);
        h = h * 31 + x95;
        h = h * 31 + x96;
        h = h * 31 + (x97 ? 1 : 0);
        h = h * 31 + x98;
        h = h * 31 + x99;
        x100 = await(v(x100));
        h = h * 31 + x100;
        h = h * 31 + (long) (x101 * 4);
        h = h * 31 + x102.hashCode();
        h = h * 31 + (long) (x103 * 4);
        h = h * 31 + x104;
        h = h * 31 + x105;
        h = h * 31 + (x106 ? 1 : 0);
        h = h * 31 + x107;
        h = h * 31 + x108;
        h = h * 31 + x109;
        x110 = await(v(x110));
        h = h * 31 + (long) (x110 * 4);
        h = h * 31 + x111.hashCode();
        h = h * 31 + (long) (x112 * 4);
        h = h * 31 + x113;
        h = h * 31 + x114;
        h = h * 31 + (x115 ? 1 : 0);
        h = h * 31 + x116;
        h = h * 31 + x117;
        h = h * 31 + x118;
        h = h * 31 + (long) (x119 * 4);
        x120 = await(v(x120));
        h = h * 31 + x120.hashCode();
        h = h * 31 + (long) (x121 * 4);
        h = h * 31 + x122;
        h = h * 31 + x123;
        h = h * 31 + (x124 ? 1 : 0);
        h = h * 31 + x125;
        h = h * 31 + x126;
        h = h * 31 + x127;
        h = h * 31 + (long) (x128 * 4);
        h = h * 31 + x129.hashCode();
        await(pause());
        h = h * 31 + (long) (x130 * 4);
        h = h * 31 + x131;
        h = h * 31 + x132;
        h = h * 31 + (x133 ? 1 : 0);
        h = h * 31 + x134;
        h = h * 31 + x135;
        h = h * 31 + x136;
        h = h * 31 + (long) (x137 * 4);
        h = h * 31 + x138.hashCode();
        h = h * 31 + (long) (x139 * 4);
        await(pause());
        h = h * 31 + x140;
        h = h * 31 + x141;
        h = h * 31 + (x142 ? 1 : 0);
        h = h * 31 + x143;
        h = h * 31 + x144;
        h = h * 31 + x145;
        h = h * 31 + (long) (x146 * 4);
        h = h * 31 + x147.hashCode();
        h = h * 31 + (long) (x148 * 4);
        h = h * 31 + x149;
        await(pause());
        h = h * 31 + x150;
        h = h * 31 + (x151 ? 1 : 0);
        h = h * 31 + x152;
        h = h * 31 + x153;
        h = h * 31 + x154;
        h = h * 31 + (long) (x155 * 4);
        h = h * 31 + x156.hashCode();
        h = h * 31 + (long) (x157 * 4);
        h = h * 31 + x158;
        h = h * 31 + x159;
        await(pause());
        h = h * 31 + (x160 ? 1 : 0);
        h = h * 31 + x161;
        h = h * 31 + x162;
        h = h * 31 + x163;
        h = h * 31 + (long) (x164 * 4);
        h = h * 31 + x165.hashCode();
        h = h * 31 + (long) (x166 * 4);
        h = h * 31 + x167;
        h = h * 31 + x168;
        h = h * 31 + (x169 ? 1 : 0);
        await(pause());
        h = h * 31 + x170;
        h = h * 31 + x171;
        h = h * 31 + x172;
        h = h * 31 + (long) (x173 * 4);
        h = h * 31 + x174.hashCode();
        h = h * 31 + (long) (x175 * 4);
        h = h * 31 + x176;
        h = h * 31 + x177;
        h = h * 31 + (x178 ? 1 : 0);
        h = h * 31 + x179;
        x180 = await(v(x180));
        h = h * 31 + x180;
        h = h * 31 + x181;
        h = h * 31 + (long) (x182 * 4);
        h = h * 31 + x183.hashCode();
        h = h * 31 + (long) (x184 * 4);
        h = h * 31 + x185;
        h = h * 31 + x186;
        h = h * 31 + (x187 ? 1 : 0);
        h = h * 31 + x188;
        h = h * 31 + x189;
        x190 = await(v(x190));
        h = h * 31 + x190;
        h = h * 31 + (long) (x191 * 4);
        h = h * 31 + x192.hashCode();
        h = h * 31 + (long) (x193 * 4);
        h = h * 31 + x194;
        h = h * 31 + x195;
        h = h * 31 + (x196 ? 1 : 0);
        h = h * 31 + x197;
        h = h * 31 + x198;
        h = h * 31 + x199;
        x200 = await(v(x200));
        h = h * 31 + (long) (x200 * 4);
        h = h * 31 + x201.hashCode();
        h = h * 31 + (long) (x202 * 4);
        h = h * 31 + x203;
        h = h * 31 + x204;
        h = h * 31 + (x205 ? 1 : 0);
        h = h * 31 + x206;
        h = h * 31 + x207;
        h = h * 31 + x208;
        h = h * 31 + (long) (x209 * 4);
        x210 = await(v(x210));
        h = h * 31 + x210.hashCode();
        h = h * 31 + (long) (x211 * 4);
        h = h * 31 + x212;
        h = h * 31 + x213;
        h = h * 31 + (x214 ? 1 : 0);
        h = h * 31 + x215;
        h = h * 31 + x216;
        h = h * 31 + x217;
        h = h * 31 + (long) (x218 * 4);
        h = h * 31 + x219.hashCode();
        await(pause());
        h = h * 31 + (long) (x220 * 4);
        h = h * 31 + x221;
        h = h * 31 + x222;
        h = h * 31 + (x223 ? 1 : 0);
        h = h * 31 + x224;
        h = h * 31 + x225;
        h = h * 31 + x226;
        h = h * 31 + (long) (x227 * 4);
        h = h * 31 + x228.hashCode();
        h = h * 31 + (long) (x229 * 4);
        await(pause());
        h = h * 31 + x230;
        h = h * 31 + x231;
        h = h * 31 + (x232 ? 1 : 0);
        h = h * 31 + x233;
        h = h * 31 + x234;
        h = h * 31 + x235;
        h = h * 31 + (long) (x236 * 4);
        h = h * 31 + x237.hashCode();
        h = h * 31 + (long) (x238 * 4);
        h = h * 31 + x239;
        await(pause());
        h = h * 31 + x240;
        h = h * 31 + (x241 ? 1 : 0);
        h = h * 31 + x242;
        h = h * 31 + x243;
        h = h * 31 + x244;
        h = h * 31 + (long) (x245 * 4);
        h = h * 31 + x246.hashCode();
        h = h * 31 + (long) (x247 * 4);
        h = h * 31 + x248;
        h = h * 31 + x249;
        await(pause());
        h = h * 31 + (x250 ? 1 : 0);
        h = h * 31 + x251;
        h = h * 31 + x252;
        h = h * 31 + x253;
        h = h * 31 + (long) (x254 * 4);
        h = h * 31 + x255.hashCode();
        h = h * 31 + (long) (x256 * 4);
        h = h * 31 + x257;
        h = h * 31 + x258;
        h = h * 31 + (x259 ? 1 : 0);
        await(pause());
        h = h * 31 + x260;
        h = h * 31 + x261;
        h = h * 31 + x262;
        h = h * 31 + (long) (x263 * 4);
        h = h * 31 + x264.hashCode();
        h = h * 31 + (long) (x265 * 4);
        h = h * 31 + x266;
        h = h * 31 + x267;
        h = h * 31 + (x268 ? 1 : 0);
        h = h * 31 + x269;
        x270 = await(v(x270));
        h = h * 31 + x270;
        h = h * 31 + x271;
        h = h * 31 + (long) (x272 * 4);
        h = h * 31 + x273.hashCode();
        h = h * 31 + (long) (x274 * 4);
        h = h * 31 + x275;
        h = h * 31 + x276;
        h = h * 31 + (x277 ? 1 : 0);
        h = h * 31 + x278;
        h = h * 31 + x279;
        x280 = await(v(x280));
        h = h * 31 + x280;
        h = h * 31 + (long) (x281 * 4);
        h = h * 31 + x282.hashCode();
        h = h * 31 + (long) (x283 * 4);
        h = h * 31 + x284;
        h = h * 31 + x285;
        h = h * 31 + (x286 ? 1 : 0);
        h = h * 31 + x287;
        h = h * 31 + x288;
        h = h * 31 + x289;
        x290 = await(v(x290));
        h = h * 31 + (long) (x290 * 4);
        h = h * 31 + x291.hashCode();
        h = h * 31 + (long) (x292 * 4);
        h = h * 31 + x293;
        h = h * 31 + x294;
        h = h * 31 + (x295 ? 1 : 0);
        h = h * 31 + x296;
        h = h * 31 + x297;
        h = h * 31 + x298;
        h = h * 31 + (long) (x299 * 4);
        return done(h);
    }

    public static Long manyLocalsPlain(int seed) {
        int x0 = 0 + seed;
        long x1 = 1L * seed;
        double x2 = 2.5 + seed;
        String x3 = "v3";
        float x4 = 4.25f;
        byte x5 = (byte) (5 + seed);
        char x6 = (char) ('a' + 6 % 26);
        boolean x7 = (seed + 7) % 3 == 0;
        short x8 = (short) (8 * seed);
        int x9 = 9 + seed;
        long x10 = 10L * seed;
        double x11 = 11.5 + seed;
        String x12 = "v12";
        float x13 = 13.25f;
        byte x14 = (byte) (14 + seed);
        char x15 = (char) ('a' + 15 % 26);
        boolean x16 = (seed + 16) % 3 == 0;
        short x17 = (short) (17 * seed);
        int x18 = 18 + seed;
        long x19 = 19L * seed;
        double x20 = 20.5 + seed;
        String x21 = "v21";
        float x22 = 22.25f;
        byte x23 = (byte) (23 + seed);
        char x24 = (char) ('a' + 24 % 26);
        boolean x25 = (seed + 25) % 3 == 0;
        short x26 = (short) (26 * seed);
        int x27 = 27 + seed;
        long x28 = 28L * seed;
        double x29 = 29.5 + seed;
        String x30 = "v30";
        float x31 = 31.25f;
        byte x32 = (byte) (32 + seed);
        char x33 = (char) ('a' + 33 % 26);
        boolean x34 = (seed + 34) % 3 == 0;
        short x35 = (short) (35 * seed);
        int x36 = 36 + seed;
        long x37 = 37L * seed;
        double x38 = 38.5 + seed;
        String x39 = "v39";
        float x40 = 40.25f;
        byte x41 = (byte) (41 + seed);
        char x42 = (char) ('a' + 42 % 26);
        boolean x43 = (seed + 43) % 3 == 0;
        short x44 = (short) (44 * seed);
        int x45 = 45 + seed;
        long x46 = 46L * seed;
        double x47 = 47.5 + seed;
        String x48 = "v48";
        float x49 = 49.25f;
        byte x50 = (byte) (50 + seed);
        char x51 = (char) ('a' + 51 % 26);
        boolean x52 = (seed + 52) % 3 == 0;
        short x53 = (short) (53 * seed);
        int x54 = 54 + seed;
        long x55 = 55L * seed;
        double x56 = 56.5 + seed;
        String x57 = "v57";
        float x58 = 58.25f;
        byte x59 = (byte) (59 + seed);
        char x60 = (char) ('a' + 60 % 26);
        boolean x61 = (seed + 61) % 3 == 0;
        short x62 = (short) (62 * seed);
        int x63 = 63 + seed;
        long x64 = 64L * seed;
        double x65 = 65.5 + seed;
        String x66 = "v66";
        float x67 = 67.25f;
        byte x68 = (byte) (68 + seed);
        char x69 = (char) ('a' + 69 % 26);
        boolean x70 = (seed + 70) % 3 == 0;
        short x71 = (short) (71 * seed);
        int x72 = 72 + seed;
        long x73 = 73L * seed;
        double x74 = 74.5 + seed;
        String x75 = "v75";
        float x76 = 76.25f;
        byte x77 = (byte) (77 + seed);
        char x78 = (char) ('a' + 78 % 26);
        boolean x79 = (seed + 79) % 3 == 0;
        short x80 = (short) (80 * seed);
        int x81 = 81 + seed;
        long x82 = 82L * seed;
        double x83 = 83.5 + seed;
        String x84 = "v84";
        float x85 = 85.25f;
        byte x86 = (byte) (86 + seed);
        char x87 = (char) ('a' + 87 % 26);
        boolean x88 = (seed + 88) % 3 == 0;
        short x89 = (short) (89 * seed);
        int x90 = 90 + seed;
        long x91 = 91L * seed;
        double x92 = 92.5 + seed;
        String x93 = "v93";
        float x94 = 94.25f;
        byte x95 = (byte) (95 + seed);
        char x96 = (char) ('a' + 96 % 26);
        boolean x97 = (seed + 97) % 3 == 0;
        short x98 = (short) (98 * seed);
        int x99 = 99 + seed;
        long x100 = 100L * seed;
        double x101 = 101.5 + seed;
        String x102 = "v102";
        float x103 = 103.25f;
        byte x104 = (byte) (104 + seed);
        char x105 = (char) ('a' + 105 % 26);
        boolean x106 = (seed + 106) % 3 == 0;
        short x107 = (short) (107 * seed);
        int x108 = 108 + seed;
        long x109 = 109L * seed;
        double x110 = 110.5 + seed;
        String x111 = "v111";
        float x112 = 112.25f;
        byte x113 = (byte) (113 + seed);
        char x114 = (char) ('a' + 114 % 26);
        boolean x115 = (seed + 115) % 3 == 0;
        short x116 = (short) (116 * seed);
        int x117 = 117 + seed;
        long x118 = 118L * seed;
        double x119 = 119.5 + seed;
        String x120 = "v120";
        float x121 = 121.25f;
        byte x122 = (byte) (122 + seed);
        char x123 = (char) ('a' + 123 % 26);
        boolean x124 = (seed + 124) % 3 == 0;
        short x125 = (short) (125 * seed);
        int x126 = 126 + seed;
        long x127 = 127L * seed;
        double x128 = 128.5 + seed;
        String x129 = "v129";
        float x130 = 130.25f;
        byte x131 = (byte) (131 + seed);
        char x132 = (char) ('a' + 132 % 26);
        boolean x133 = (seed + 133) % 3 == 0;
        short x134 = (short) (134 * seed);
        int x135 = 135 + seed;
        long x136 = 136L * seed;
        double x137 = 137.5 + seed;
        String x138 = "v138";
        float x139 = 139.25f;
        byte x140 = (byte) (140 + seed);
        char x141 = (char) ('a' + 141 % 26);
        boolean x142 = (seed + 142) % 3 == 0;
        short x143 = (short) (143 * seed);
        int x144 = 144 + seed;
        long x145 = 145L * seed;
        double x146 = 146.5 + seed;
        String x147 = "v147";
        float x148 = 148.25f;
        byte x149 = (byte) (149 + seed);
        char x150 = (char) ('a' + 150 % 26);
        boolean x151 = (seed + 151) % 3 == 0;
        short x152 = (short) (152 * seed);
        int x153 = 153 + seed;
        long x154 = 154L * seed;
        double x155 = 155.5 + seed;
        String x156 = "v156";
        float x157 = 157.25f;
        byte x158 = (byte) (158 + seed);
        char x159 = (char) ('a' + 159 % 26);
        boolean x160 = (seed + 160) % 3 == 0;
        short x161 = (short) (161 * seed);
        int x162 = 162 + seed;
        long x163 = 163L * seed;
        double x164 = 164.5 + seed;
        String x165 = "v165";
        float x166 = 166.25f;
        byte x167 = (byte) (167 + seed);
        char x168 = (char) ('a' + 168 % 26);
        boolean x169 = (seed + 169) % 3 == 0;
        short x170 = (short) (170 * seed);
        int x171 = 171 + seed;
        long x172 = 172L * seed;
        double x173 = 173.5 + seed;
        String x174 = "v174";
        float x175 = 175.25f;
        byte x176 = (byte) (176 + seed);
        char x177 = (char) ('a' + 177 % 26);
        boolean x178 = (seed + 178) % 3 == 0;
        short x179 = (short) (179 * seed);
        int x180 = 180 + seed;
        long x181 = 181L * seed;
        double x182 = 182.5 + seed;
        String x183 = "v183";
        float x184 = 184.25f;
        byte x185 = (byte) (185 + seed);
        char x186 = (char) ('a' + 186 % 26);
        boolean x187 = (seed + 187) % 3 == 0;
        short x188 = (short) (188 * seed);
        int x189 = 189 + seed;
        long x190 = 190L * seed;
        double x191 = 191.5 + seed;
        String x192 = "v192";
        float x193 = 193.25f;
        byte x194 = (byte) (194 + seed);
        char x195 = (char) ('a' + 195 % 26);
        boolean x196 = (seed + 196) % 3 == 0;
        short x197 = (short) (197 * seed);
        int x198 = 198 + seed;
        long x199 = 199L * seed;
        double x200 = 200.5 + seed;
        String x201 = "v201";
        float x202 = 202.25f;
        byte x203 = (byte) (203 + seed);
        char x204 = (char) ('a' + 204 % 26);
        boolean x205 = (seed + 205) % 3 == 0;
        short x206 = (short) (206 * seed);
        int x207 = 207 + seed;
        long x208 = 208L * seed;
        double x209 = 209.5 + seed;
        String x210 = "v210";
        float x211 = 211.25f;
        byte x212 = (byte) (212 + seed);
        char x213 = (char) ('a' + 213 % 26);
        boolean x214 = (seed + 214) % 3 == 0;
        short x215 = (short) (215 * seed);
        int x216 = 216 + seed;
        long x217 = 217L * seed;
        double x218 = 218.5 + seed;
        String x219 = "v219";
        float x220 = 220.25f;
        byte x221 = (byte) (221 + seed);
        char x222 = (char) ('a' + 222 % 26);
        boolean x223 = (seed + 223) % 3 == 0;
        short x224 = (short) (224 * seed);
        int x225 = 225 + seed;
        long x226 = 226L * seed;
        double x227 = 227.5 + seed;
        String x228 = "v228";
        float x229 = 229.25f;
        byte x230 = (byte) (230 + seed);
        char x231 = (char) ('a' + 231 % 26);
        boolean x232 = (seed + 232) % 3 == 0;
        short x233 = (short) (233 * seed);
        int x234 = 234 + seed;
        long x235 = 235L * seed;
        double x236 = 236.5 + seed;
        String x237 = "v237";
        float x238 = 238.25f;
        byte x239 = (byte) (239 + seed);
        char x240 = (char) ('a' + 240 % 26);
        boolean x241 = (seed + 241) % 3 == 0;
        short x242 = (short) (242 * seed);
        int x243 = 243 + seed;
        long x244 = 244L * seed;
        double x245 = 245.5 + seed;
        String x246 = "v246";
        float x247 = 247.25f;
        byte x248 = (byte) (248 + seed);
        char x249 = (char) ('a' + 249 % 26);
        boolean x250 = (seed + 250) % 3 == 0;
        short x251 = (short) (251 * seed);
        int x252 = 252 + seed;
        long x253 = 253L * seed;
        double x254 = 254.5 + seed;
        String x255 = "v255";
        float x256 = 256.25f;
        byte x257 = (byte) (257 + seed);
        char x258 = (char) ('a' + 258 % 26);
        boolean x259 = (seed + 259) % 3 == 0;
        short x260 = (short) (260 * seed);
        int x261 = 261 + seed;
        long x262 = 262L * seed;
        double x263 = 263.5 + seed;
        String x264 = "v264";
        float x265 = 265.25f;
        byte x266 = (byte) (266 + seed);
        char x267 = (char) ('a' + 267 % 26);
        boolean x268 = (seed + 268) % 3 == 0;
        short x269 = (short) (269 * seed);
        int x270 = 270 + seed;
        long x271 = 271L * seed;
        double x272 = 272.5 + seed;
        String x273 = "v273";
        float x274 = 274.25f;
        byte x275 = (byte) (275 + seed);
        char x276 = (char) ('a' + 276 % 26);
        boolean x277 = (seed + 277) % 3 == 0;
        short x278 = (short) (278 * seed);
        int x279 = 279 + seed;
        long x280 = 280L * seed;
        double x281 = 281.5 + seed;
        String x282 = "v282";
        float x283 = 283.25f;
        byte x284 = (byte) (284 + seed);
        char x285 = (char) ('a' + 285 % 26);
        boolean x286 = (seed + 286) % 3 == 0;
        short x287 = (short) (287 * seed);
        int x288 = 288 + seed;
        long x289 = 289L * seed;
        double x290 = 290.5 + seed;
        String x291 = "v291";
        float x292 = 292.25f;
        byte x293 = (byte) (293 + seed);
        char x294 = (char) ('a' + 294 % 26);
        boolean x295 = (seed + 295) % 3 == 0;
        short x296 = (short) (296 * seed);
        int x297 = 297 + seed;
        long x298 = 298L * seed;
        double x299 = 299.5 + seed;
        long h = 17;
        h = h * 31 + x0;
        h = h * 31 + x1;
        h = h * 31 + (long) (x2 * 4);
        h = h * 31 + x3.hashCode();
        h = h * 31 + (long) (x4 * 4);
        h = h * 31 + x5;
        h = h * 31 + x6;
        h = h * 31 + (x7 ? 1 : 0);
        h = h * 31 + x8;
        h = h * 31 + x9;
        h = h * 31 + x10;
        h = h * 31 + (long) (x11 * 4);
        h = h * 31 + x12.hashCode();
        h = h * 31 + (long) (x13 * 4);
        h = h * 31 + x14;
        h = h * 31 + x15;
        h = h * 31 + (x16 ? 1 : 0);
        h = h * 31 + x17;
        h = h * 31 + x18;
        h = h * 31 + x19;
        h = h * 31 + (long) (x20 * 4);
        h = h * 31 + x21.hashCode();
        h = h * 31 + (long) (x22 * 4);
        h = h * 31 + x23;
        h = h * 31 + x24;
        h = h * 31 + (x25 ? 1 : 0);
        h = h * 31 + x26;
        h = h * 31 + x27;
        h = h * 31 + x28;
        h = h * 31 + (long) (x29 * 4);
        h = h * 31 + x30.hashCode();
        h = h * 31 + (long) (x31 * 4);
        h = h * 31 + x32;
        h = h * 31 + x33;
        h = h * 31 + (x34 ? 1 : 0);
        h = h * 31 + x35;
        h = h * 31 + x36;
        h = h * 31 + x37;
        h = h * 31 + (long) (x38 * 4);
        h = h * 31 + x39.hashCode();
        h = h * 31 + (long) (x40 * 4);
        h = h * 31 + x41;
        h = h * 31 + x42;
        h = h * 31 + (x43 ? 1 : 0);
        h = h * 31 + x44;
        h = h * 31 + x45;
        h = h * 31 + x46;
        h = h * 31 + (long) (x47 * 4);
        h = h * 31 + x48.hashCode();
        h = h * 31 + (long) (x49 * 4);
        h = h * 31 + x50;
        h = h * 31 + x51;
        h = h * 31 + (x52 ? 1 : 0);
        h = h * 31 + x53;
        h = h * 31 + x54;
        h = h * 31 + x55;
        h = h * 31 + (long) (x56 * 4);
        h = h * 31 + x57.hashCode();
        h = h * 31 + (long) (x58 * 4);
        h = h * 31 + x59;
        h = h * 31 + x60;
        h = h * 31 + (x61 ? 1 : 0);
        h = h * 31 + x62;
        h = h * 31 + x63;
        h = h * 31 + x64;
        h = h * 31 + (long) (x65 * 4);
        h = h * 31 + x66.hashCode();
        h = h * 31 + (long) (x67 * 4);
        h = h * 31 + x68;
        h = h * 31 + x69;
        h = h * 31 + (x70 ? 1 : 0);
        h = h * 31 + x71;
        h = h * 31 + x72;
        h = h * 31 + x73;
        h = h * 31 + (long) (x74 * 4);
        h = h * 31 + x75.hashCode();
        h = h * 31 + (long) (x76 * 4);
        h = h * 31 + x77;
        h = h * 31 + x78;
        h = h * 31 + (x79 ? 1 : 0);
        h = h * 31 + x80;
        h = h * 31 + x81;
        h = h * 31 + x82;
        h = h * 31 + (long) (x83 * 4);
        h = h * 31 + x84.hashCode();
        h = h * 31 + (long) (x85 * 4);
        h = h * 31 + x86;
        h = h * 31 + x87;
        h = h * 31 + (x88 ? 1 : 0);
        h = h * 31 + x89;
        h = h * 31 + x90;
        h = h * 31 + x91;
        h = h * 31 + (long) (x92 * 4);
        h = h * 31 + x93.hashCode();
        h = h * 31 + (long) (x94 * 4);
        h = h * 31 + x95;
        h = h * 31 + x96;
        h = h * 31 + (x97 ? 1 : 0);
        h = h * 31 + x98;
        h = h * 31 + x99;
        h = h * 31 + x100;
        h = h * 31 + (long) (x101 * 4);
        h = h * 31 + x102.hashCode();
        h = h * 31 + (long) (x103 * 4);
        h = h * 31 + x104;
        h = h * 31 + x105;
        h = h * 31 + (x106 ? 1 : 0);
        h = h * 31 + x107;
        h = h * 31 + x108;
        h = h * 31 + x109;
        h = h * 31 + (long) (x110 * 4);
        h = h * 31 + x111.hashCode();
        h = h * 31 + (long) (x112 * 4);
        h = h * 31 + x113;
        h = h * 31 + x114;
        h = h * 31 + (x115 ? 1 : 0);
        h = h * 31 + x116;
        h = h * 31 + x117;
        h = h * 31 + x118;
        h = h * 31 + (long) (x119 * 4);
        h = h * 31 + x120.hashCode();
        h = h * 31 + (long) (x121 * 4);
        h = h * 31 + x122;
        h = h * 31 + x123;
        h = h * 31 + (x124 ? 1 : 0);
        h = h * 31 + x125;
        h = h * 31 + x126;
        h = h * 31 + x127;
        h = h * 31 + (long) (x128 * 4);
        h = h * 31 + x129.hashCode();
        h = h * 31 + (long) (x130 * 4);
        h = h * 31 + x131;
        h = h * 31 + x132;
        h = h * 31 + (x133 ? 1 : 0);
        h = h * 31 + x134;
        h = h * 31 + x135;
        h = h * 31 + x136;
        h = h * 31 + (long) (x137 * 4);
        h = h * 31 + x138.hashCode();
        h = h * 31 + (long) (x139 * 4);
        h = h * 31 + x140;
        h = h * 31 + x141;
        h = h * 31 + (x142 ? 1 : 0);
        h = h * 31 + x143;
        h = h * 31 + x144;
        h = h * 31 + x145;
        h = h * 31 + (long) (x146 * 4);
        h = h * 31 + x147.hashCode();
        h = h * 31 + (long) (x148 * 4);
        h = h * 31 + x149;
        h = h * 31 + x150;
        h = h * 31 + (x151 ? 1 : 0);
        h = h * 31 + x152;
        h = h * 31 + x153;
        h = h * 31 + x154;
        h = h * 31 + (long) (x155 * 4);
        h = h * 31 + x156.hashCode();
        h = h * 31 + (long) (x157 * 4);
        h = h * 31 + x158;
        h = h * 31 + x159;
        h = h * 31 + (x160 ? 1 : 0);
        h = h * 31 + x161;
        h = h * 31 + x162;
        h = h * 31 + x163;
        h = h * 31 + (long) (x164 * 4);
        h = h * 31 + x165.hashCode();
        h = h * 31 + (long) (x166 * 4);
        h = h * 31 + x167;
        h = h * 31 + x168;
        h = h * 31 + (x169 ? 1 : 0);
        h = h * 31 + x170;
        h = h * 31 + x171;
        h = h * 31 + x172;
        h = h * 31 + (long) (x173 * 4);
        h = h * 31 + x174.hashCode();
        h = h * 31 + (long) (x175 * 4);
        h = h * 31 + x176;
        h = h * 31 + x177;
        h = h * 31 + (x178 ? 1 : 0);
        h = h * 31 + x179;
        h = h * 31 + x180;
        h = h * 31 + x181;
        h = h * 31 + (long) (x182 * 4);
        h = h * 31 + x183.hashCode();
        h = h * 31 + (long) (x184 * 4);
        h = h * 31 + x185;
        h = h * 31 + x186;
        h = h * 31 + (x187 ? 1 : 0);
        h = h * 31 + x188;
        h = h * 31 + x189;
        h = h * 31 + x190;
        h = h * 31 + (long) (x191 * 4);
        h = h * 31 + x192.hashCode();
        h = h * 31 + (long) (x193 * 4);
        h = h * 31 + x194;
        h = h * 31 + x195;
        h = h * 31 + (x196 ? 1 : 0);
        h = h * 31 + x197;
        h = h * 31 + x198;
        h = h * 31 + x199;
        h = h * 31 + (long) (x200 * 4);
        h = h * 31 + x201.hashCode();
        h = h * 31 + (long) (x202 * 4);
        h = h * 31 + x203;
        h = h * 31 + x204;
        h = h * 31 + (x205 ? 1 : 0);
        h = h * 31 + x206;
        h = h * 31 + x207;
        h = h * 31 + x208;
        h = h * 31 + (long) (x209 * 4);
        h = h * 31 + x210.hashCode();
        h = h * 31 + (long) (x211 * 4);
        h = h * 31 + x212;
        h = h * 31 + x213;
        h = h * 31 + (x214 ? 1 : 0);
        h = h * 31 + x215;
        h = h * 31 + x216;
        h = h * 31 + x217;
        h = h * 31 + (long) (x218 * 4);
        h = h * 31 + x219.hashCode();
        h = h * 31 + (long) (x220 * 4);
        h = h * 31 + x221;
        h = h * 31 + x222;
        h = h * 31 + (x223 ? 1 : 0);
        h = h * 31 + x224;
        h = h * 31 + x225;
        h = h * 31 + x226;
        h = h * 31 + (long) (x227 * 4);
        h = h * 31 + x228.hashCode();
        h = h * 31 + (long) (x229 * 4);
        h = h * 31 + x230;
        h = h * 31 + x231;
        h = h * 31 + (x232 ? 1 : 0);
        h = h * 31 + x233;
        h = h * 31 + x234;
        h = h * 31 + x235;
        h = h * 31 + (long) (x236 * 4);
        h = h * 31 + x237.hashCode();
        h = h * 31 + (long) (x238 * 4);
        h = h * 31 + x239;
        h = h * 31 + x240;
        h = h * 31 + (x241 ? 1 : 0);
        h = h * 31 + x242;
        h = h * 31 + x243;
        h = h * 31 + x244;
        h = h * 31 + (long) (x245 * 4);
        h = h * 31 + x246.hashCode();
        h = h * 31 + (long) (x247 * 4);
        h = h * 31 + x248;
        h = h * 31 + x249;
        h = h * 31 + (x250 ? 1 : 0);
        h = h * 31 + x251;
        h = h * 31 + x252;
        h = h * 31 + x253;
        h = h * 31 + (long) (x254 * 4);
        h = h * 31 + x255.hashCode();
        h = h * 31 + (long) (x256 * 4);
        h = h * 31 + x257;
        h = h * 31 + x258;
        h = h * 31 + (x259 ? 1 : 0);
        h = h * 31 + x260;
        h = h * 31 + x261;
        h = h * 31 + x262;
        h = h * 31 + (long) (x263 * 4);
        h = h * 31 + x264.hashCode();
        h = h * 31 + (long) (x265 * 4);
        h = h * 31 + x266;
        h = h * 31 + x267;
        h = h * 31 + (x268 ? 1 : 0);
        h = h * 31 + x269;
        h = h * 31 + x270;
        h = h * 31 + x271;
        h = h * 31 + (long) (x272 * 4);
        h = h * 31 + x273.hashCode();
        h = h * 31 + (long) (x274 * 4);
        h = h * 31 + x275;
        h = h * 31 + x276;
        h = h * 31 + (x277 ? 1 : 0);
        h = h * 31 + x278;
        h = h * 31 + x279;
        h = h * 31 + x280;
        h = h * 31 + (long) (x281 * 4);
        h = h * 31 + x282.hashCode();
        h = h * 31 + (long) (x283 * 4);
        h = h * 31 + x284;
        h = h * 31 + x285;
        h = h * 31 + (x286 ? 1 : 0);
        h = h * 31 + x287;
        h = h * 31 + x288;
        h = h * 31 + x289;
        h = h * 31 + (long) (x290 * 4);
        h = h * 31 + x291.hashCode();
        h = h * 31 + (long) (x292 * 4);
        h = h * 31 + x293;
        h = h * 31 + x294;
        h = h * 31 + (x295 ? 1 : 0);
        h = h * 31 + x296;
        h = h * 31 + x297;
        h = h * 31 + x298;
        h = h * 31 + (long) (x299 * 4);
        return h;
    }
}
