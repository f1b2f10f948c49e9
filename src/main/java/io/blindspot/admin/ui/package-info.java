/** Administration views: accounts and their roles (questionnaire versions and data retention come later). */
package io.blindspot.admin.ui;
