/** The stable.example.com API: CronTabs. */
@Group("stable.example.com")
package com.example.crontab;

import io.kubegen.runtime.annotations.Group;
