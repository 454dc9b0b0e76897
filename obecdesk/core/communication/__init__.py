"""Communication in an acute or preventive cooperation (seed 000): the situation log, audiences
and their attitudes, risk scenarios, the communication plan, texts and recommendations."""
