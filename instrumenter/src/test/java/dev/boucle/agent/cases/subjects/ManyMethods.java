package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;

/** GENERATED: 250 @Async methods in one class (as many synthetic bodies and invokedynamic call sites), all awaited. */
public final class ManyMethods {
    private ManyMethods() {}

    @Async
    static Coroutine<Long> m0(long x) {
        return done(await(v(x)) * 1 + 0);
    }

    @Async
    static Coroutine<Long> m1(long x) {
        return done(await(v(x)) * 2 + 1);
    }

    @Async
    static Coroutine<Long> m2(long x) {
        return done(await(v(x)) * 3 + 2);
    }

    @Async
    static Coroutine<Long> m3(long x) {
        return done(await(v(x)) * 4 + 3);
    }

    @Async
    static Coroutine<Long> m4(long x) {
        return done(await(v(x)) * 5 + 4);
    }

    @Async
    static Coroutine<Long> m5(long x) {
        return done(await(v(x)) * 6 + 5);
    }

    @Async
    static Coroutine<Long> m6(long x) {
        return done(await(v(x)) * 7 + 6);
    }

    @Async
    static Coroutine<Long> m7(long x) {
        return done(await(v(x)) * 1 + 7);
    }

    @Async
    static Coroutine<Long> m8(long x) {
        return done(await(v(x)) * 2 + 8);
    }

    @Async
    static Coroutine<Long> m9(long x) {
        return done(await(v(x)) * 3 + 9);
    }

    @Async
    static Coroutine<Long> m10(long x) {
        return done(await(v(x)) * 4 + 10);
    }

    @Async
    static Coroutine<Long> m11(long x) {
        return done(await(v(x)) * 5 + 11);
    }

    @Async
    static Coroutine<Long> m12(long x) {
        return done(await(v(x)) * 6 + 12);
    }

    @Async
    static Coroutine<Long> m13(long x) {
        return done(await(v(x)) * 7 + 13);
    }

    @Async
    static Coroutine<Long> m14(long x) {
        return done(await(v(x)) * 1 + 14);
    }

    @Async
    static Coroutine<Long> m15(long x) {
        return done(await(v(x)) * 2 + 15);
    }

    @Async
    static Coroutine<Long> m16(long x) {
        return done(await(v(x)) * 3 + 16);
    }

    @Async
    static Coroutine<Long> m17(long x) {
        return done(await(v(x)) * 4 + 17);
    }

    @Async
    static Coroutine<Long> m18(long x) {
        return done(await(v(x)) * 5 + 18);
    }

    @Async
    static Coroutine<Long> m19(long x) {
        return done(await(v(x)) * 6 + 19);
    }

    @Async
    static Coroutine<Long> m20(long x) {
        return done(await(v(x)) * 7 + 20);
    }

    @Async
    static Coroutine<Long> m21(long x) {
        return done(await(v(x)) * 1 + 21);
    }

    @Async
    static Coroutine<Long> m22(long x) {
        return done(await(v(x)) * 2 + 22);
    }

    @Async
    static Coroutine<Long> m23(long x) {
        return done(await(v(x)) * 3 + 23);
    }

    @Async
    static Coroutine<Long> m24(long x) {
        return done(await(v(x)) * 4 + 24);
    }

    @Async
    static Coroutine<Long> m25(long x) {
        return done(await(v(x)) * 5 + 25);
    }

    @Async
    static Coroutine<Long> m26(long x) {
        return done(await(v(x)) * 6 + 26);
    }

    @Async
    static Coroutine<Long> m27(long x) {
        return done(await(v(x)) * 7 + 27);
    }

    @Async
    static Coroutine<Long> m28(long x) {
        return done(await(v(x)) * 1 + 28);
    }

    @Async
    static Coroutine<Long> m29(long x) {
        return done(await(v(x)) * 2 + 29);
    }

    @Async
    static Coroutine<Long> m30(long x) {
        return done(await(v(x)) * 3 + 30);
    }

    @Async
    static Coroutine<Long> m31(long x) {
        return done(await(v(x)) * 4 + 31);
    }

    @Async
    static Coroutine<Long> m32(long x) {
        return done(await(v(x)) * 5 + 32);
    }

    @Async
    static Coroutine<Long> m33(long x) {
        return done(await(v(x)) * 6 + 33);
    }

    @Async
    static Coroutine<Long> m34(long x) {
        return done(await(v(x)) * 7 + 34);
    }

    @Async
    static Coroutine<Long> m35(long x) {
        return done(await(v(x)) * 1 + 35);
    }

    @Async
    static Coroutine<Long> m36(long x) {
        return done(await(v(x)) * 2 + 36);
    }

    @Async
    static Coroutine<Long> m37(long x) {
        return done(await(v(x)) * 3 + 37);
    }

    @Async
    static Coroutine<Long> m38(long x) {
        return done(await(v(x)) * 4 + 38);
    }

    @Async
    static Coroutine<Long> m39(long x) {
        return done(await(v(x)) * 5 + 39);
    }

    @Async
    static Coroutine<Long> m40(long x) {
        return done(await(v(x)) * 6 + 40);
    }

    @Async
    static Coroutine<Long> m41(long x) {
        return done(await(v(x)) * 7 + 41);
    }

    @Async
    static Coroutine<Long> m42(long x) {
        return done(await(v(x)) * 1 + 42);
    }

    @Async
    static Coroutine<Long> m43(long x) {
        return done(await(v(x)) * 2 + 43);
    }

    @Async
    static Coroutine<Long> m44(long x) {
        return done(await(v(x)) * 3 + 44);
    }

    @Async
    static Coroutine<Long> m45(long x) {
        return done(await(v(x)) * 4 + 45);
    }

    @Async
    static Coroutine<Long> m46(long x) {
        return done(await(v(x)) * 5 + 46);
    }

    @Async
    static Coroutine<Long> m47(long x) {
        return done(await(v(x)) * 6 + 47);
    }

    @Async
    static Coroutine<Long> m48(long x) {
        return done(await(v(x)) * 7 + 48);
    }

    @Async
    static Coroutine<Long> m49(long x) {
        return done(await(v(x)) * 1 + 49);
    }

    @Async
    static Coroutine<Long> m50(long x) {
        return done(await(v(x)) * 2 + 50);
    }

    @Async
    static Coroutine<Long> m51(long x) {
        return done(await(v(x)) * 3 + 51);
    }

    @Async
    static Coroutine<Long> m52(long x) {
        return done(await(v(x)) * 4 + 52);
    }

    @Async
    static Coroutine<Long> m53(long x) {
        return done(await(v(x)) * 5 + 53);
    }

    @Async
    static Coroutine<Long> m54(long x) {
        return done(await(v(x)) * 6 + 54);
    }

    @Async
    static Coroutine<Long> m55(long x) {
        return done(await(v(x)) * 7 + 55);
    }

    @Async
    static Coroutine<Long> m56(long x) {
        return done(await(v(x)) * 1 + 56);
    }

    @Async
    static Coroutine<Long> m57(long x) {
        return done(await(v(x)) * 2 + 57);
    }

    @Async
    static Coroutine<Long> m58(long x) {
        return done(await(v(x)) * 3 + 58);
    }

    @Async
    static Coroutine<Long> m59(long x) {
        return done(await(v(x)) * 4 + 59);
    }

    @Async
    static Coroutine<Long> m60(long x) {
        return done(await(v(x)) * 5 + 60);
    }

    @Async
    static Coroutine<Long> m61(long x) {
        return done(await(v(x)) * 6 + 61);
    }

    @Async
    static Coroutine<Long> m62(long x) {
        return done(await(v(x)) * 7 + 62);
    }

    @Async
    static Coroutine<Long> m63(long x) {
        return done(await(v(x)) * 1 + 63);
    }

    @Async
    static Coroutine<Long> m64(long x) {
        return done(await(v(x)) * 2 + 64);
    }

    @Async
    static Coroutine<Long> m65(long x) {
        return done(await(v(x)) * 3 + 65);
    }

    @Async
    static Coroutine<Long> m66(long x) {
        return done(await(v(x)) * 4 + 66);
    }

    @Async
    static Coroutine<Long> m67(long x) {
        return done(await(v(x)) * 5 + 67);
    }

    @Async
    static Coroutine<Long> m68(long x) {
        return done(await(v(x)) * 6 + 68);
    }

    @Async
    static Coroutine<Long> m69(long x) {
        return done(await(v(x)) * 7 + 69);
    }

    @Async
    static Coroutine<Long> m70(long x) {
        return done(await(v(x)) * 1 + 70);
    }

    @Async
    static Coroutine<Long> m71(long x) {
        return done(await(v(x)) * 2 + 71);
    }

    @Async
    static Coroutine<Long> m72(long x) {
        return done(await(v(x)) * 3 + 72);
    }

    @Async
    static Coroutine<Long> m73(long x) {
        return done(await(v(x)) * 4 + 73);
    }

    @Async
    static Coroutine<Long> m74(long x) {
        return done(await(v(x)) * 5 + 74);
    }

    @Async
    static Coroutine<Long> m75(long x) {
        return done(await(v(x)) * 6 + 75);
    }

    @Async
    static Coroutine<Long> m76(long x) {
        return done(await(v(x)) * 7 + 76);
    }

    @Async
    static Coroutine<Long> m77(long x) {
        return done(await(v(x)) * 1 + 77);
    }

    @Async
    static Coroutine<Long> m78(long x) {
        return done(await(v(x)) * 2 + 78);
    }

    @Async
    static Coroutine<Long> m79(long x) {
        return done(await(v(x)) * 3 + 79);
    }

    @Async
    static Coroutine<Long> m80(long x) {
        return done(await(v(x)) * 4 + 80);
    }

    @Async
    static Coroutine<Long> m81(long x) {
        return done(await(v(x)) * 5 + 81);
    }

    @Async
    static Coroutine<Long> m82(long x) {
        return done(await(v(x)) * 6 + 82);
    }

    @Async
    static Coroutine<Long> m83(long x) {
        return done(await(v(x)) * 7 + 83);
    }

    @Async
    static Coroutine<Long> m84(long x) {
        return done(await(v(x)) * 1 + 84);
    }

    @Async
    static Coroutine<Long> m85(long x) {
        return done(await(v(x)) * 2 + 85);
    }

    @Async
    static Coroutine<Long> m86(long x) {
        return done(await(v(x)) * 3 + 86);
    }

    @Async
    static Coroutine<Long> m87(long x) {
        return done(await(v(x)) * 4 + 87);
    }

    @Async
    static Coroutine<Long> m88(long x) {
        return done(await(v(x)) * 5 + 88);
    }

    @Async
    static Coroutine<Long> m89(long x) {
        return done(await(v(x)) * 6 + 89);
    }

    @Async
    static Coroutine<Long> m90(long x) {
        return done(await(v(x)) * 7 + 90);
    }

    @Async
    static Coroutine<Long> m91(long x) {
        return done(await(v(x)) * 1 + 91);
    }

    @Async
    static Coroutine<Long> m92(long x) {
        return done(await(v(x)) * 2 + 92);
    }

    @Async
    static Coroutine<Long> m93(long x) {
        return done(await(v(x)) * 3 + 93);
    }

    @Async
    static Coroutine<Long> m94(long x) {
        return done(await(v(x)) * 4 + 94);
    }

    @Async
    static Coroutine<Long> m95(long x) {
        return done(await(v(x)) * 5 + 95);
    }

    @Async
    static Coroutine<Long> m96(long x) {
        return done(await(v(x)) * 6 + 96);
    }

    @Async
    static Coroutine<Long> m97(long x) {
        return done(await(v(x)) * 7 + 97);
    }

    @Async
    static Coroutine<Long> m98(long x) {
        return done(await(v(x)) * 1 + 98);
    }

    @Async
    static Coroutine<Long> m99(long x) {
        return done(await(v(x)) * 2 + 99);
    }

    @Async
    static Coroutine<Long> m100(long x) {
        return done(await(v(x)) * 3 + 100);
    }

    @Async
    static Coroutine<Long> m101(long x) {
        return done(await(v(x)) * 4 + 101);
    }

    @Async
    static Coroutine<Long> m102(long x) {
        return done(await(v(x)) * 5 + 102);
    }

    @Async
    static Coroutine<Long> m103(long x) {
        return done(await(v(x)) * 6 + 103);
    }

    @Async
    static Coroutine<Long> m104(long x) {
        return done(await(v(x)) * 7 + 104);
    }

    @Async
    static Coroutine<Long> m105(long x) {
        return done(await(v(x)) * 1 + 105);
    }

    @Async
    static Coroutine<Long> m106(long x) {
        return done(await(v(x)) * 2 + 106);
    }

    @Async
    static Coroutine<Long> m107(long x) {
        return done(await(v(x)) * 3 + 107);
    }

    @Async
    static Coroutine<Long> m108(long x) {
        return done(await(v(x)) * 4 + 108);
    }

    @Async
    static Coroutine<Long> m109(long x) {
        return done(await(v(x)) * 5 + 109);
    }

    @Async
    static Coroutine<Long> m110(long x) {
        return done(await(v(x)) * 6 + 110);
    }

    @Async
    static Coroutine<Long> m111(long x) {
        return done(await(v(x)) * 7 + 111);
    }

    @Async
    static Coroutine<Long> m112(long x) {
        return done(await(v(x)) * 1 + 112);
    }

    @Async
    static Coroutine<Long> m113(long x) {
        return done(await(v(x)) * 2 + 113);
    }

    @Async
    static Coroutine<Long> m114(long x) {
        return done(await(v(x)) * 3 + 114);
    }

    @Async
    static Coroutine<Long> m115(long x) {
        return done(await(v(x)) * 4 + 115);
    }

    @Async
    static Coroutine<Long> m116(long x) {
        return done(await(v(x)) * 5 + 116);
    }

    @Async
    static Coroutine<Long> m117(long x) {
        return done(await(v(x)) * 6 + 117);
    }

    @Async
    static Coroutine<Long> m118(long x) {
        return done(await(v(x)) * 7 + 118);
    }

    @Async
    static Coroutine<Long> m119(long x) {
        return done(await(v(x)) * 1 + 119);
    }

    @Async
    static Coroutine<Long> m120(long x) {
        return done(await(v(x)) * 2 + 120);
    }

    @Async
    static Coroutine<Long> m121(long x) {
        return done(await(v(x)) * 3 + 121);
    }

    @Async
    static Coroutine<Long> m122(long x) {
        return done(await(v(x)) * 4 + 122);
    }

    @Async
    static Coroutine<Long> m123(long x) {
        return done(await(v(x)) * 5 + 123);
    }

    @Async
    static Coroutine<Long> m124(long x) {
        return done(await(v(x)) * 6 + 124);
    }

    @Async
    static Coroutine<Long> m125(long x) {
        return done(await(v(x)) * 7 + 125);
    }

    @Async
    static Coroutine<Long> m126(long x) {
        return done(await(v(x)) * 1 + 126);
    }

    @Async
    static Coroutine<Long> m127(long x) {
        return done(await(v(x)) * 2 + 127);
    }

    @Async
    static Coroutine<Long> m128(long x) {
        return done(await(v(x)) * 3 + 128);
    }

    @Async
    static Coroutine<Long> m129(long x) {
        return done(await(v(x)) * 4 + 129);
    }

    @Async
    static Coroutine<Long> m130(long x) {
        return done(await(v(x)) * 5 + 130);
    }

    @Async
    static Coroutine<Long> m131(long x) {
        return done(await(v(x)) * 6 + 131);
    }

    @Async
    static Coroutine<Long> m132(long x) {
        return done(await(v(x)) * 7 + 132);
    }

    @Async
    static Coroutine<Long> m133(long x) {
        return done(await(v(x)) * 1 + 133);
    }

    @Async
    static Coroutine<Long> m134(long x) {
        return done(await(v(x)) * 2 + 134);
    }

    @Async
    static Coroutine<Long> m135(long x) {
        return done(await(v(x)) * 3 + 135);
    }

    @Async
    static Coroutine<Long> m136(long x) {
        return done(await(v(x)) * 4 + 136);
    }

    @Async
    static Coroutine<Long> m137(long x) {
        return done(await(v(x)) * 5 + 137);
    }

    @Async
    static Coroutine<Long> m138(long x) {
        return done(await(v(x)) * 6 + 138);
    }

    @Async
    static Coroutine<Long> m139(long x) {
        return done(await(v(x)) * 7 + 139);
    }

    @Async
    static Coroutine<Long> m140(long x) {
        return done(await(v(x)) * 1 + 140);
    }

    @Async
    static Coroutine<Long> m141(long x) {
        return done(await(v(x)) * 2 + 141);
    }

    @Async
    static Coroutine<Long> m142(long x) {
        return done(await(v(x)) * 3 + 142);
    }

    @Async
    static Coroutine<Long> m143(long x) {
        return done(await(v(x)) * 4 + 143);
    }

    @Async
    static Coroutine<Long> m144(long x) {
        return done(await(v(x)) * 5 + 144);
    }

    @Async
    static Coroutine<Long> m145(long x) {
        return done(await(v(x)) * 6 + 145);
    }

    @Async
    static Coroutine<Long> m146(long x) {
        return done(await(v(x)) * 7 + 146);
    }

    @Async
    static Coroutine<Long> m147(long x) {
        return done(await(v(x)) * 1 + 147);
    }

    @Async
    static Coroutine<Long> m148(long x) {
        return done(await(v(x)) * 2 + 148);
    }

    @Async
    static Coroutine<Long> m149(long x) {
        return done(await(v(x)) * 3 + 149);
    }

    @Async
    static Coroutine<Long> m150(long x) {
        return done(await(v(x)) * 4 + 150);
    }

    @Async
    static Coroutine<Long> m151(long x) {
        return done(await(v(x)) * 5 + 151);
    }

    @Async
    static Coroutine<Long> m152(long x) {
        return done(await(v(x)) * 6 + 152);
    }

    @Async
    static Coroutine<Long> m153(long x) {
        return done(await(v(x)) * 7 + 153);
    }

    @Async
    static Coroutine<Long> m154(long x) {
        return done(await(v(x)) * 1 + 154);
    }

    @Async
    static Coroutine<Long> m155(long x) {
        return done(await(v(x)) * 2 + 155);
    }

    @Async
    static Coroutine<Long> m156(long x) {
        return done(await(v(x)) * 3 + 156);
    }

    @Async
    static Coroutine<Long> m157(long x) {
        return done(await(v(x)) * 4 + 157);
    }

    @Async
    static Coroutine<Long> m158(long x) {
        return done(await(v(x)) * 5 + 158);
    }

    @Async
    static Coroutine<Long> m159(long x) {
        return done(await(v(x)) * 6 + 159);
    }

    @Async
    static Coroutine<Long> m160(long x) {
        return done(await(v(x)) * 7 + 160);
    }

    @Async
    static Coroutine<Long> m161(long x) {
        return done(await(v(x)) * 1 + 161);
    }

    @Async
    static Coroutine<Long> m162(long x) {
        return done(await(v(x)) * 2 + 162);
    }

    @Async
    static Coroutine<Long> m163(long x) {
        return done(await(v(x)) * 3 + 163);
    }

    @Async
    static Coroutine<Long> m164(long x) {
        return done(await(v(x)) * 4 + 164);
    }

    @Async
    static Coroutine<Long> m165(long x) {
        return done(await(v(x)) * 5 + 165);
    }

    @Async
    static Coroutine<Long> m166(long x) {
        return done(await(v(x)) * 6 + 166);
    }

    @Async
    static Coroutine<Long> m167(long x) {
        return done(await(v(x)) * 7 + 167);
    }

    @Async
    static Coroutine<Long> m168(long x) {
        return done(await(v(x)) * 1 + 168);
    }

    @Async
    static Coroutine<Long> m169(long x) {
        return done(await(v(x)) * 2 + 169);
    }

    @Async
    static Coroutine<Long> m170(long x) {
        return done(await(v(x)) * 3 + 170);
    }

    @Async
    static Coroutine<Long> m171(long x) {
        return done(await(v(x)) * 4 + 171);
    }

    @Async
    static Coroutine<Long> m172(long x) {
        return done(await(v(x)) * 5 + 172);
    }

    @Async
    static Coroutine<Long> m173(long x) {
        return done(await(v(x)) * 6 + 173);
    }

    @Async
    static Coroutine<Long> m174(long x) {
        return done(await(v(x)) * 7 + 174);
    }

    @Async
    static Coroutine<Long> m175(long x) {
        return done(await(v(x)) * 1 + 175);
    }

    @Async
    static Coroutine<Long> m176(long x) {
        return done(await(v(x)) * 2 + 176);
    }

    @Async
    static Coroutine<Long> m177(long x) {
        return done(await(v(x)) * 3 + 177);
    }

    @Async
    static Coroutine<Long> m178(long x) {
        return done(await(v(x)) * 4 + 178);
    }

    @Async
    static Coroutine<Long> m179(long x) {
        return done(await(v(x)) * 5 + 179);
    }

    @Async
    static Coroutine<Long> m180(long x) {
        return done(await(v(x)) * 6 + 180);
    }

    @Async
    static Coroutine<Long> m181(long x) {
        return done(await(v(x)) * 7 + 181);
    }

    @Async
    static Coroutine<Long> m182(long x) {
        return done(await(v(x)) * 1 + 182);
    }

    @Async
    static Coroutine<Long> m183(long x) {
        return done(await(v(x)) * 2 + 183);
    }

    @Async
    static Coroutine<Long> m184(long x) {
        return done(await(v(x)) * 3 + 184);
    }

    @Async
    static Coroutine<Long> m185(long x) {
        return done(await(v(x)) * 4 + 185);
    }

    @Async
    static Coroutine<Long> m186(long x) {
        return done(await(v(x)) * 5 + 186);
    }

    @Async
    static Coroutine<Long> m187(long x) {
        return done(await(v(x)) * 6 + 187);
    }

    @Async
    static Coroutine<Long> m188(long x) {
        return done(await(v(x)) * 7 + 188);
    }

    @Async
    static Coroutine<Long> m189(long x) {
        return done(await(v(x)) * 1 + 189);
    }

    @Async
    static Coroutine<Long> m190(long x) {
        return done(await(v(x)) * 2 + 190);
    }

    @Async
    static Coroutine<Long> m191(long x) {
        return done(await(v(x)) * 3 + 191);
    }

    @Async
    static Coroutine<Long> m192(long x) {
        return done(await(v(x)) * 4 + 192);
    }

    @Async
    static Coroutine<Long> m193(long x) {
        return done(await(v(x)) * 5 + 193);
    }

    @Async
    static Coroutine<Long> m194(long x) {
        return done(await(v(x)) * 6 + 194);
    }

    @Async
    static Coroutine<Long> m195(long x) {
        return done(await(v(x)) * 7 + 195);
    }

    @Async
    static Coroutine<Long> m196(long x) {
        return done(await(v(x)) * 1 + 196);
    }

    @Async
    static Coroutine<Long> m197(long x) {
        return done(await(v(x)) * 2 + 197);
    }

    @Async
    static Coroutine<Long> m198(long x) {
        return done(await(v(x)) * 3 + 198);
    }

    @Async
    static Coroutine<Long> m199(long x) {
        return done(await(v(x)) * 4 + 199);
    }

    @Async
    static Coroutine<Long> m200(long x) {
        return done(await(v(x)) * 5 + 200);
    }

    @Async
    static Coroutine<Long> m201(long x) {
        return done(await(v(x)) * 6 + 201);
    }

    @Async
    static Coroutine<Long> m202(long x) {
        return done(await(v(x)) * 7 + 202);
    }

    @Async
    static Coroutine<Long> m203(long x) {
        return done(await(v(x)) * 1 + 203);
    }

    @Async
    static Coroutine<Long> m204(long x) {
        return done(await(v(x)) * 2 + 204);
    }

    @Async
    static Coroutine<Long> m205(long x) {
        return done(await(v(x)) * 3 + 205);
    }

    @Async
    static Coroutine<Long> m206(long x) {
        return done(await(v(x)) * 4 + 206);
    }

    @Async
    static Coroutine<Long> m207(long x) {
        return done(await(v(x)) * 5 + 207);
    }

    @Async
    static Coroutine<Long> m208(long x) {
        return done(await(v(x)) * 6 + 208);
    }

    @Async
    static Coroutine<Long> m209(long x) {
        return done(await(v(x)) * 7 + 209);
    }

    @Async
    static Coroutine<Long> m210(long x) {
        return done(await(v(x)) * 1 + 210);
    }

    @Async
    static Coroutine<Long> m211(long x) {
        return done(await(v(x)) * 2 + 211);
    }

    @Async
    static Coroutine<Long> m212(long x) {
        return done(await(v(x)) * 3 + 212);
    }

    @Async
    static Coroutine<Long> m213(long x) {
        return done(await(v(x)) * 4 + 213);
    }

    @Async
    static Coroutine<Long> m214(long x) {
        return done(await(v(x)) * 5 + 214);
    }

    @Async
    static Coroutine<Long> m215(long x) {
        return done(await(v(x)) * 6 + 215);
    }

    @Async
    static Coroutine<Long> m216(long x) {
        return done(await(v(x)) * 7 + 216);
    }

    @Async
    static Coroutine<Long> m217(long x) {
        return done(await(v(x)) * 1 + 217);
    }

    @Async
    static Coroutine<Long> m218(long x) {
        return done(await(v(x)) * 2 + 218);
    }

    @Async
    static Coroutine<Long> m219(long x) {
        return done(await(v(x)) * 3 + 219);
    }

    @Async
    static Coroutine<Long> m220(long x) {
        return done(await(v(x)) * 4 + 220);
    }

    @Async
    static Coroutine<Long> m221(long x) {
        return done(await(v(x)) * 5 + 221);
    }

    @Async
    static Coroutine<Long> m222(long x) {
        return done(await(v(x)) * 6 + 222);
    }

    @Async
    static Coroutine<Long> m223(long x) {
        return done(await(v(x)) * 7 + 223);
    }

    @Async
    static Coroutine<Long> m224(long x) {
        return done(await(v(x)) * 1 + 224);
    }

    @Async
    static Coroutine<Long> m225(long x) {
        return done(await(v(x)) * 2 + 225);
    }

    @Async
    static Coroutine<Long> m226(long x) {
        return done(await(v(x)) * 3 + 226);
    }

    @Async
    static Coroutine<Long> m227(long x) {
        return done(await(v(x)) * 4 + 227);
    }

    @Async
    static Coroutine<Long> m228(long x) {
        return done(await(v(x)) * 5 + 228);
    }

    @Async
    static Coroutine<Long> m229(long x) {
        return done(await(v(x)) * 6 + 229);
    }

    @Async
    static Coroutine<Long> m230(long x) {
        return done(await(v(x)) * 7 + 230);
    }

    @Async
    static Coroutine<Long> m231(long x) {
        return done(await(v(x)) * 1 + 231);
    }

    @Async
    static Coroutine<Long> m232(long x) {
        return done(await(v(x)) * 2 + 232);
    }

    @Async
    static Coroutine<Long> m233(long x) {
        return done(await(v(x)) * 3 + 233);
    }

    @Async
    static Coroutine<Long> m234(long x) {
        return done(await(v(x)) * 4 + 234);
    }

    @Async
    static Coroutine<Long> m235(long x) {
        return done(await(v(x)) * 5 + 235);
    }

    @Async
    static Coroutine<Long> m236(long x) {
        return done(await(v(x)) * 6 + 236);
    }

    @Async
    static Coroutine<Long> m237(long x) {
        return done(await(v(x)) * 7 + 237);
    }

    @Async
    static Coroutine<Long> m238(long x) {
        return done(await(v(x)) * 1 + 238);
    }

    @Async
    static Coroutine<Long> m239(long x) {
        return done(await(v(x)) * 2 + 239);
    }

    @Async
    static Coroutine<Long> m240(long x) {
        return done(await(v(x)) * 3 + 240);
    }

    @Async
    static Coroutine<Long> m241(long x) {
        return done(await(v(x)) * 4 + 241);
    }

    @Async
    static Coroutine<Long> m242(long x) {
        return done(await(v(x)) * 5 + 242);
    }

    @Async
    static Coroutine<Long> m243(long x) {
        return done(await(v(x)) * 6 + 243);
    }

    @Async
    static Coroutine<Long> m244(long x) {
        return done(await(v(x)) * 7 + 244);
    }

    @Async
    static Coroutine<Long> m245(long x) {
        return done(await(v(x)) * 1 + 245);
    }

    @Async
    static Coroutine<Long> m246(long x) {
        return done(await(v(x)) * 2 + 246);
    }

    @Async
    static Coroutine<Long> m247(long x) {
        return done(await(v(x)) * 3 + 247);
    }

    @Async
    static Coroutine<Long> m248(long x) {
        return done(await(v(x)) * 4 + 248);
    }

    @Async
    static Coroutine<Long> m249(long x) {
        return done(await(v(x)) * 5 + 249);
    }

    @Async
    public static Coroutine<Long> all(long x) {
        long s = 0;
        s = s * 3 + await(m0(x + 0));
        s = s * 3 + await(m1(x + 1));
        s = s * 3 + await(m2(x + 2));
        s = s * 3 + await(m3(x + 3));
        s = s * 3 + await(m4(x + 4));
        s = s * 3 + await(m5(x + 5));
        s = s * 3 + await(m6(x + 6));
        s = s * 3 + await(m7(x + 7));
        s = s * 3 + await(m8(x + 8));
        s = s * 3 + await(m9(x + 9));
        s = s * 3 + await(m10(x + 10));
        s = s * 3 + await(m11(x + 11));
        s = s * 3 + await(m12(x + 12));
        s = s * 3 + await(m13(x + 13));
        s = s * 3 + await(m14(x + 14));
        s = s * 3 + await(m15(x + 15));
        s = s * 3 + await(m16(x + 16));
        s = s * 3 + await(m17(x + 17));
        s = s * 3 + await(m18(x + 18));
        s = s * 3 + await(m19(x + 19));
        s = s * 3 + await(m20(x + 20));
        s = s * 3 + await(m21(x + 21));
        s = s * 3 + await(m22(x + 22));
        s = s * 3 + await(m23(x + 23));
        s = s * 3 + await(m24(x + 24));
        s = s * 3 + await(m25(x + 25));
        s = s * 3 + await(m26(x + 26));
        s = s * 3 + await(m27(x + 27));
        s = s * 3 + await(m28(x + 28));
        s = s * 3 + await(m29(x + 29));
        s = s * 3 + await(m30(x + 30));
        s = s * 3 + await(m31(x + 31));
        s = s * 3 + await(m32(x + 32));
        s = s * 3 + await(m33(x + 33));
        s = s * 3 + await(m34(x + 34));
        s = s * 3 + await(m35(x + 35));
        s = s * 3 + await(m36(x + 36));
        s = s * 3 + await(m37(x + 37));
        s = s * 3 + await(m38(x + 38));
        s = s * 3 + await(m39(x + 39));
        s = s * 3 + await(m40(x + 40));
        s = s * 3 + await(m41(x + 41));
        s = s * 3 + await(m42(x + 42));
        s = s * 3 + await(m43(x + 43));
        s = s * 3 + await(m44(x + 44));
        s = s * 3 + await(m45(x + 45));
        s = s * 3 + await(m46(x + 46));
        s = s * 3 + await(m47(x + 47));
        s = s * 3 + await(m48(x + 48));
        s = s * 3 + await(m49(x + 49));
        s = s * 3 + await(m50(x + 50));
        s = s * 3 + await(m51(x + 51));
        s = s * 3 + await(m52(x + 52));
        s = s * 3 + await(m53(x + 53));
        s = s * 3 + await(m54(x + 54));
        s = s * 3 + await(m55(x + 55));
        s = s * 3 + await(m56(x + 56));
        s = s * 3 + await(m57(x + 57));
        s = s * 3 + await(m58(x + 58));
        s = s * 3 + await(m59(x + 59));
        s = s * 3 + await(m60(x + 60));
        s = s * 3 + await(m61(x + 61));
        s = s * 3 + await(m62(x + 62));
        s = s * 3 + await(m63(x + 63));
        s = s * 3 + await(m64(x + 64));
        s = s * 3 + await(m65(x + 65));
        s = s * 3 + await(m66(x + 66));
        s = s * 3 + await(m67(x + 67));
        s = s * 3 + await(m68(x + 68));
        s = s * 3 + await(m69(x + 69));
        s = s * 3 + await(m70(x + 70));
        s = s * 3 + await(m71(x + 71));
        s = s * 3 + await(m72(x + 72));
        s = s * 3 + await(m73(x + 73));
        s = s * 3 + await(m74(x + 74));
        s = s * 3 + await(m75(x + 75));
        s = s * 3 + await(m76(x + 76));
        s = s * 3 + await(m77(x + 77));
        s = s * 3 + await(m78(x + 78));
        s = s * 3 + await(m79(x + 79));
        s = s * 3 + await(m80(x + 80));
        s = s * 3 + await(m81(x + 81));
        s = s * 3 + await(m82(x + 82));
        s = s * 3 + await(m83(x + 83));
        s = s * 3 + await(m84(x + 84));
        s = s * 3 + await(m85(x + 85));
        s = s * 3 + await(m86(x + 86));
        s = s * 3 + await(m87(x + 87));
        s = s * 3 + await(m88(x + 88));
        s = s * 3 + await(m89(x + 89));
        s = s * 3 + await(m90(x + 90));
        s = s * 3 + await(m91(x + 91));
        s = s * 3 + await(m92(x + 92));
        s = s * 3 + await(m93(x + 93));
        s = s * 3 + await(m94(x + 94));
        s = s * 3 + await(m95(x + 95));
        s = s * 3 + await(m96(x + 96));
        s = s * 3 + await(m97(x + 97));
        s = s * 3 + await(m98(x + 98));
        s = s * 3 + await(m99(x + 99));
        s = s * 3 + await(m100(x + 100));
        s = s * 3 + await(m101(x + 101));
        s = s * 3 + await(m102(x + 102));
        s = s * 3 + await(m103(x + 103));
        s = s * 3 + await(m104(x + 104));
        s = s * 3 + await(m105(x + 105));
        s = s * 3 + await(m106(x + 106));
        s = s * 3 + await(m107(x + 107));
        s = s * 3 + await(m108(x + 108));
        s = s * 3 + await(m109(x + 109));
        s = s * 3 + await(m110(x + 110));
        s = s * 3 + await(m111(x + 111));
        s = s * 3 + await(m112(x + 112));
        s = s * 3 + await(m113(x + 113));
        s = s * 3 + await(m114(x + 114));
        s = s * 3 + await(m115(x + 115));
        s = s * 3 + await(m116(x + 116));
        s = s * 3 + await(m117(x + 117));
        s = s * 3 + await(m118(x + 118));
        s = s * 3 + await(m119(x + 119));
        s = s * 3 + await(m120(x + 120));
        s = s * 3 + await(m121(x + 121));
        s = s * 3 + await(m122(x + 122));
        s = s * 3 + await(m123(x + 123));
        s = s * 3 + await(m124(x + 124));
        s = s * 3 + await(m125(x + 125));
        s = s * 3 + await(m126(x + 126));
        s = s * 3 + await(m127(x + 127));
        s = s * 3 + await(m128(x + 128));
        s = s * 3 + await(m129(x + 129));
        s = s * 3 + await(m130(x + 130));
        s = s * 3 + await(m131(x + 131));
        s = s * 3 + await(m132(x + 132));
        s = s * 3 + await(m133(x + 133));
        s = s * 3 + await(m134(x + 134));
        s = s * 3 + await(m135(x + 135));
        s = s * 3 + await(m136(x + 136));
        s = s * 3 + await(m137(x + 137));
        s = s * 3 + await(m138(x + 138));
        s = s * 3 + await(m139(x + 139));
        s = s * 3 + await(m140(x + 140));
        s = s * 3 + await(m141(x + 141));
        s = s * 3 + await(m142(x + 142));
        s = s * 3 + await(m143(x + 143));
        s = s * 3 + await(m144(x + 144));
        s = s * 3 + await(m145(x + 145));
        s = s * 3 + await(m146(x + 146));
        s = s * 3 + await(m147(x + 147));
        s = s * 3 + await(m148(x + 148));
        s = s * 3 + await(m149(x + 149));
        s = s * 3 + await(m150(x + 150));
        s = s * 3 + await(m151(x + 151));
        s = s * 3 + await(m152(x + 152));
        s = s * 3 + await(m153(x + 153));
        s = s * 3 + await(m154(x + 154));
        s = s * 3 + await(m155(x + 155));
        s = s * 3 + await(m156(x + 156));
        s = s * 3 + await(m157(x + 157));
        s = s * 3 + await(m158(x + 158));
        s = s * 3 + await(m159(x + 159));
        s = s * 3 + await(m160(x + 160));
        s = s * 3 + await(m161(x + 161));
        s = s * 3 + await(m162(x + 162));
        s = s * 3 + await(m163(x + 163));
        s = s * 3 + await(m164(x + 164));
        s = s * 3 + await(m165(x + 165));
        s = s * 3 + await(m166(x + 166));
        s = s * 3 + await(m167(x + 167));
        s = s * 3 + await(m168(x + 168));
        s = s * 3 + await(m169(x + 169));
        s = s * 3 + await(m170(x + 170));
        s = s * 3 + await(m171(x + 171));
        s = s * 3 + await(m172(x + 172));
        s = s * 3 + await(m173(x + 173));
        s = s * 3 + await(m174(x + 174));
        s = s * 3 + await(m175(x + 175));
        s = s * 3 + await(m176(x + 176));
        s = s * 3 + await(m177(x + 177));
        s = s * 3 + await(m178(x + 178));
        s = s * 3 + await(m179(x + 179));
        s = s * 3 + await(m180(x + 180));
        s = s * 3 + await(m181(x + 181));
        s = s * 3 + await(m182(x + 182));
        s = s * 3 + await(m183(x + 183));
        s = s * 3 + await(m184(x + 184));
        s = s * 3 + await(m185(x + 185));
        s = s * 3 + await(m186(x + 186));
        s = s * 3 + await(m187(x + 187));
        s = s * 3 + await(m188(x + 188));
        s = s * 3 + await(m189(x + 189));
        s = s * 3 + await(m190(x + 190));
        s = s * 3 + await(m191(x + 191));
        s = s * 3 + await(m192(x + 192));
        s = s * 3 + await(m193(x + 193));
        s = s * 3 + await(m194(x + 194));
        s = s * 3 + await(m195(x + 195));
        s = s * 3 + await(m196(x + 196));
        s = s * 3 + await(m197(x + 197));
        s = s * 3 + await(m198(x + 198));
        s = s * 3 + await(m199(x + 199));
        s = s * 3 + await(m200(x + 200));
        s = s * 3 + await(m201(x + 201));
        s = s * 3 + await(m202(x + 202));
        s = s * 3 + await(m203(x + 203));
        s = s * 3 + await(m204(x + 204));
        s = s * 3 + await(m205(x + 205));
        s = s * 3 + await(m206(x + 206));
        s = s * 3 + await(m207(x + 207));
        s = s * 3 + await(m208(x + 208));
        s = s * 3 + await(m209(x + 209));
        s = s * 3 + await(m210(x + 210));
        s = s * 3 + await(m211(x + 211));
        s = s * 3 + await(m212(x + 212));
        s = s * 3 + await(m213(x + 213));
        s = s * 3 + await(m214(x + 214));
        s = s * 3 + await(m215(x + 215));
        s = s * 3 + await(m216(x + 216));
        s = s * 3 + await(m217(x + 217));
        s = s * 3 + await(m218(x + 218));
        s = s * 3 + await(m219(x + 219));
        s = s * 3 + await(m220(x + 220));
        s = s * 3 + await(m221(x + 221));
        s = s * 3 + await(m222(x + 222));
        s = s * 3 + await(m223(x + 223));
        s = s * 3 + await(m224(x + 224));
        s = s * 3 + await(m225(x + 225));
        s = s * 3 + await(m226(x + 226));
        s = s * 3 + await(m227(x + 227));
        s = s * 3 + await(m228(x + 228));
        s = s * 3 + await(m229(x + 229));
        s = s * 3 + await(m230(x + 230));
        s = s * 3 + await(m231(x + 231));
        s = s * 3 + await(m232(x + 232));
        s = s * 3 + await(m233(x + 233));
        s = s * 3 + await(m234(x + 234));
        s = s * 3 + await(m235(x + 235));
        s = s * 3 + await(m236(x + 236));
        s = s * 3 + await(m237(x + 237));
        s = s * 3 + await(m238(x + 238));
        s = s * 3 + await(m239(x + 239));
        s = s * 3 + await(m240(x + 240));
        s = s * 3 + await(m241(x + 241));
        s = s * 3 + await(m242(x + 242));
        s = s * 3 + await(m243(x + 243));
        s = s * 3 + await(m244(x + 244));
        s = s * 3 + await(m245(x + 245));
        s = s * 3 + await(m246(x + 246));
        s = s * 3 + await(m247(x + 247));
        s = s * 3 + await(m248(x + 248));
        s = s * 3 + await(m249(x + 249));
        return done(s);
    }

    public static Long allPlain(long x) {
        long s = 0;
        for (int i = 0; i < 250; i++) {
            s = s * 3 + ((x + i) * (i % 7 + 1) + i);
        }
        return s;
    }
}
