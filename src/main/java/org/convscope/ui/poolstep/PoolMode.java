package org.convscope.ui.poolstep;

/** The three kinds of pooling the course names: 최대 풀링, 평균 풀링, 가중치 평균 풀링. */
public enum PoolMode { MAX, AVERAGE, WEIGHTED }
